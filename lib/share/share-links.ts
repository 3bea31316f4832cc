/**
 * Links a reader copies from the share menu. Plain string work on the page's own address, so
 * the menu needs none of the URL parsers: the embed takes the same parameters as the page.
 */
import { escapeXml } from "@/lib/chart/text-layout";
/** A view's embed as the share menu offers it (the view's definition in views/ says what it is). */
export type EmbedTarget = { route: string; title: string; frameHeight: (search: string) => number };

/** The absolute address of the view on screen: origin, path and its search string. */
export function buildViewLink(origin: string, pathname: string, search: string): string {
  return `${origin}${pathname}${normaliseSearch(search)}`;
}

/** The embed of a view: /embed/<route> with the same parameters. */
export function buildEmbedLink(origin: string, route: string, search: string): string {
  return `${origin}/embed/${route}${normaliseSearch(search)}`;
}

/** An <iframe> element as HTML, ready to paste into another page: full width, a fixed height, a title for screen readers. */
export function buildIframeSnippet(origin: string, embed: EmbedTarget, search: string, siteName: string): string {
  const src = buildEmbedLink(origin, embed.route, search);
  const title = `${embed.title} (${siteName})`;
  return `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" width="100%" height="${embed.frameHeight(search)}" style="border:0" loading="lazy"></iframe>`;
}

function normaliseSearch(search: string): string {
  const s = search.startsWith("?") ? search.slice(1) : search;
  return s ? `?${s}` : "";
}
