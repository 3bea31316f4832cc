import { parseEmbedParams, embedSegment } from "@/lib/url/embed-params";
import type { RawSearchParams } from "@/lib/url/search-params";
import { searchToSegment } from "@/lib/url/segment";
import { EMBED_ROUTES, type EmbedRoute } from "@/views/registry";
import type { ViewContext } from "./view-definition";
import { buildViewSearch } from "./view-key";

/*
 * The embed routes (/embed/trade, …): the view's own parameters plus the embed's options. The
 * view part goes through the view's own parser and serialiser (views/shared/view-key.ts), so an embed
 * and its full page share one key format; the options are appended to the same path segment
 * (lib/url/embed-params.ts).
 */

export function embedRouteOf(pathname: string): EmbedRoute | null {
  const name = pathname.startsWith("/embed/") ? pathname.slice("/embed/".length) : "";
  return (EMBED_ROUTES as readonly string[]).includes(name) ? (name as EmbedRoute) : null;
}

const EMBED_PATH = new RegExp(`^/embed/(${EMBED_ROUTES.join("|")})(/[^/]+)?$`);

/** Whether a path (public or internal) is an embed page: the only pages another site may frame. */
export function isEmbedPath(pathname: string): boolean {
  return EMBED_PATH.test(pathname);
}

/** The internal path an embed request is rewritten to: /embed/trade/reporter.both_theme.dark. */
export function buildEmbedTarget(route: EmbedRoute, raw: RawSearchParams, ctx: ViewContext): string {
  const { options, view } = parseEmbedParams(raw);
  const { search } = buildViewSearch(route, view, ctx);
  return `/embed/${route}/${embedSegment(searchToSegment(search), options)}`;
}
