/** Where the site is served when SITE_URL is not set: the address `npm start` listens on. */
export const DEFAULT_SITE_URL = "http://localhost:3000";

/**
 * The site's public origin, for absolute URLs in metadata (canonical, Open Graph, the sitemap
 * and the dataset records): crawlers and link previews need them absolute. A deployment sets
 * SITE_URL; a value that is not an http(s) URL falls back to the default rather than failing
 * every page.
 */
export function siteOrigin(value: string | undefined = process.env.SITE_URL): URL {
  try {
    const url = new URL(value ?? DEFAULT_SITE_URL);
    if (url.protocol === "http:" || url.protocol === "https:") return new URL(url.origin);
  } catch {
    // Not a URL: the default below.
  }
  return new URL(DEFAULT_SITE_URL);
}

/** An absolute URL on the site for a path (with its search string). */
export const absoluteUrl = (path: string, origin: URL = siteOrigin()) => new URL(path, origin).href;
