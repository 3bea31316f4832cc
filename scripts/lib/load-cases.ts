/** A load run: a path, and for a run that sends more than a plain GET, its label and request headers. */
export type LoadCase = { path: string; label?: string; headers?: () => Promise<Record<string, string>> };

const BROWSER_ENCODINGS = { "accept-encoding": "gzip, deflate, br" };

/** If-None-Match with the page's ETag, checked to get a 304 (else the run would time full pages under that label). */
const revalidation = (base: string, path: string) => async () => {
  const etag = (await fetch(`${base}${path}`)).headers.get("etag");
  if (!etag) throw new Error(`${path} sent no ETag: nothing to revalidate`);
  const again = await fetch(`${base}${path}`, { headers: { "if-none-match": etag } });
  if (again.status !== 304) throw new Error(`${path} with its ETag gave ${again.status}, not 304`);
  return { "if-none-match": etag };
};

/**
 * What bounds the pages' figures, measured in the same run: the smallest response a route
 * handler gives (`/api/health`, 11 bytes), the proxy answering a page with no body (a cache
 * revalidating: If-None-Match with the page's ETag, so 304), and the compressed responses that
 * browsers and CDNs ask for (Next compresses every response itself, at each request).
 */
export const boundingLoadCases = (base: string): LoadCase[] => [
  { path: "/api/health", label: "/api/health (11 bytes)" },
  { path: "/trade", label: "/trade, revalidated (304)", headers: revalidation(base, "/trade") },
  { path: "/trade", label: "/trade, gzip", headers: async () => BROWSER_ENCODINGS },
  { path: "/api/trade", label: "/api/trade, gzip", headers: async () => BROWSER_ENCODINGS },
];
