/**
 * Links a reader copies from the share menu. Plain string work on the page's own address, so
 * the menu needs none of the URL parsers: the embed takes the same parameters as the page.
 */
import { escapeXml } from "@/lib/export/text-layout";
import { EMBED_ROUTES, type EmbedRoute } from "@/lib/url/embed-options";

/** The routes with an embed (app/embed): the others share a link and an image only. */
const EMBEDDABLE = EMBED_ROUTES;
export type EmbeddableRoute = EmbedRoute;

/** Height of the frame a snippet asks for, in CSS pixels: the figure, its legend, source line and link fit without scrolling. */
const FRAME_HEIGHT: Record<EmbeddableRoute, number> = { trade: 640, aid: 640, map: 1100 };
/** The mirror view draws two panels, which stack in a frame narrower than a desktop page. */
const MIRROR_FRAME_HEIGHT = 1200;

const TITLE: Record<EmbeddableRoute, string> = {
  trade: "Japan–Cambodia trade",
  aid: "Japan's aid to Cambodia",
  map: "1941: the provinces Cambodia lost to Thailand",
};

/** The route of a page path ("/trade" → "trade"); null for a page without an embed. */
export function embeddableRoute(pathname: string): EmbeddableRoute | null {
  const name = pathname.replace(/^\/+|\/+$/g, "");
  return (EMBEDDABLE as readonly string[]).includes(name) ? (name as EmbeddableRoute) : null;
}

/** The absolute address of the view on screen: origin, path and its search string. */
export function buildViewLink(origin: string, pathname: string, search: string): string {
  return `${origin}${pathname}${normaliseSearch(search)}`;
}

/** The embed of a view: /embed/<route> with the same parameters. */
export function buildEmbedLink(origin: string, route: EmbeddableRoute, search: string): string {
  return `${origin}/embed/${route}${normaliseSearch(search)}`;
}

/** The frame's height for a view (taller for the mirror view's two panels). */
export function embedHeight(route: EmbeddableRoute, search: string): number {
  const mirror = route === "trade" && new URLSearchParams(search).get("reporter") === "both";
  return mirror ? MIRROR_FRAME_HEIGHT : FRAME_HEIGHT[route];
}

/** An <iframe> element as HTML, ready to paste into another page: full width, a fixed height, a title for screen readers. */
export function buildIframeSnippet(origin: string, route: EmbeddableRoute, search: string, siteName: string): string {
  const src = buildEmbedLink(origin, route, search);
  const title = `${TITLE[route]} (${siteName})`;
  return `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" width="100%" height="${embedHeight(route, search)}" style="border:0" loading="lazy"></iframe>`;
}

function normaliseSearch(search: string): string {
  const s = search.startsWith("?") ? search.slice(1) : search;
  return s ? `?${s}` : "";
}
