import type { RawSearchParams } from "./search-params";

/** The segment of the default view: prerendered at build time. */
export const DEFAULT_VIEW = "default";

/*
 * The canonical search string travels to the page as one path segment. Parsed values are
 * years, enum words and ids of [a-z0-9-], so `key.value` pairs joined by `_` need no
 * percent-encoding and give readable file names in the build output.
 */

/** "?reporter=both&from=1994" → "reporter.both_from.1994"; "" → "default". */
export function searchToSegment(search: string): string {
  const params = new URLSearchParams(search);
  // Lists and coordinates ("103.2,13.1") carry commas, which Next's router does not take in a
  // dynamic segment: they travel as "~", which no parsed value contains.
  const parts = [...params].map(([k, v]) => `${k}.${v.replaceAll(",", "~")}`);
  return parts.length ? parts.join("_") : DEFAULT_VIEW;
}

/** The inverse of searchToSegment; anything else gives params the page's parser will reject. */
export function segmentToSearchParams(segment: string): RawSearchParams {
  const out: RawSearchParams = {};
  if (segment === DEFAULT_VIEW) return out;
  for (const part of segment.split("_")) {
    const dot = part.indexOf(".");
    const key = dot < 0 ? part : part.slice(0, dot);
    const value = dot < 0 ? "" : part.slice(dot + 1).replaceAll("~", ",");
    const prev = out[key];
    out[key] = prev === undefined ? value : [...(Array.isArray(prev) ? prev : [prev]), value];
  }
  return out;
}
