/**
 * How the page responses may be cached. The data change only with a deploy, so a shared
 * cache (CDN, reverse proxy) may keep a page for an hour and serve it stale for a day while
 * it refetches; browsers revalidate every time (max-age=0) and get a 304 from the ETag.
 */
export const PAGE_CACHE_CONTROL = "public, max-age=0, s-maxage=3600, stale-while-revalidate=86400";

/**
 * A hand-made view path (/trade/default) answers the not-found page, which `next build`
 * prerendered and Next would send with a one-year s-maxage: a shared cache would keep one entry
 * per made-up path for a year. Like Next's own 404s, it is kept by no cache.
 */
export const NOT_FOUND_CACHE_CONTROL = "private, no-cache, no-store, max-age=0, must-revalidate";

/** Header that marks the proxy's rewrite of a view to its segment (with a per-process token). */
export const INTERNAL_REWRITE_HEADER = "x-view-rewrite";

/** Response header: "1" when the URL asked is its view's canonical address, "0" when not (proxy.ts). */
export const VIEW_CANONICAL_HEADER = "x-view-canonical";
