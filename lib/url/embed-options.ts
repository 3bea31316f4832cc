/*
 * The embed's own options, apart from their parsing and routing in embed-params.ts: the
 * controls inside an embed carry them on every link and form, so this module stays small and
 * imports nothing (it ships with the pages' settings).
 */
export const EMBED_THEMES = ["light", "dark", "auto"] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];
export type EmbedOptions = { theme: EmbedTheme; controls: boolean };
export const DEFAULT_EMBED_OPTIONS: EmbedOptions = { theme: "auto", controls: false };

/** The keys the embed adds to a view's; no view parser uses them. */
export const EMBED_KEYS = ["theme", "controls"] as const;

/** The options as search pairs, defaults left out: "" or "theme=dark&controls=1". */
export function buildEmbedOptionsSearch(options: EmbedOptions): string {
  const params = new URLSearchParams();
  if (options.theme !== DEFAULT_EMBED_OPTIONS.theme) params.set("theme", options.theme);
  if (options.controls) params.set("controls", "1");
  return params.toString();
}

/** Appends the options to a view's canonical search string ("?reporter=both" → "?reporter=both&theme=dark"). */
export function withEmbedOptions(viewSearch: string, options: EmbedOptions): string {
  const extra = buildEmbedOptionsSearch(options);
  if (!extra) return viewSearch;
  return viewSearch ? `${viewSearch}&${extra}` : `?${extra}`;
}

/** A view link ("/map?phase=before") as it is inside an embed with these options; unchanged outside one. */
export function embedHref(href: string, options?: EmbedOptions): string {
  if (!options) return href;
  const q = href.indexOf("?");
  const path = q < 0 ? href : href.slice(0, q);
  return `/embed${path}${withEmbedOptions(q < 0 ? "" : href.slice(q), options)}`;
}
