import {
  DEFAULT_EMBED_OPTIONS,
  EMBED_KEYS,
  EMBED_ROUTES,
  EMBED_THEMES,
  type EmbedOptions,
  type EmbedRoute,
  type EmbedTheme,
} from "./embed-options";
import { type ParamIssue, type RawSearchParams, readSingle, truncate } from "./search-params";
import { DEFAULT_VIEW, type ViewContext, buildViewSearch, searchToSegment } from "./view-key";

/**
 * The embed routes (/embed/trade, /embed/aid, /embed/map): the view's own parameters plus
 * two of the embed's, `theme` and `controls`. The view part goes through the route's own
 * parser and serialiser (lib/url/view-key.ts), so an embed and its full page share one key
 * format; the embed's options are appended to the same path segment.
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

/**
 * Splits an embed's search params into its options and the view's own params. A bad option
 * is an issue and falls back to its default (theme=auto, controls=0), like any view setting.
 */
export function parseEmbedParams(raw: RawSearchParams): {
  options: EmbedOptions;
  view: RawSearchParams;
  issues: ParamIssue[];
} {
  const issues: ParamIssue[] = [];
  const options = { ...DEFAULT_EMBED_OPTIONS };
  const theme = readSingle(raw, "theme", issues);
  if (theme !== undefined) {
    if ((EMBED_THEMES as readonly string[]).includes(theme)) options.theme = theme as EmbedTheme;
    else issues.push({ param: "theme", message: `“theme” must be light, dark or auto (got “${truncate(theme)}”).` });
  }
  const controls = readSingle(raw, "controls", issues);
  if (controls !== undefined) {
    if (controls === "0" || controls === "1") options.controls = controls === "1";
    else issues.push({ param: "controls", message: `“controls” must be 0 or 1 (got “${truncate(controls)}”).` });
  }
  const view = Object.fromEntries(Object.entries(raw).filter(([k]) => !(EMBED_KEYS as readonly string[]).includes(k)));
  return { options, view, issues };
}

/** The internal path an embed request is rewritten to: /embed/trade/reporter.both_theme.dark. */
export function buildEmbedTarget(route: EmbedRoute, raw: RawSearchParams, ctx: ViewContext): string {
  const { options, view } = parseEmbedParams(raw);
  const { search } = buildViewSearch(route, view, ctx);
  return `/embed/${route}/${embedSegment(searchToSegment(search), options)}`;
}

/**
 * The page side: an embed segment split into the options and the view's own segment (for
 * readViewSegment), or null when it is not the canonical form the proxy writes.
 */
export function splitEmbedSegment(segment: string): { options: EmbedOptions; viewSegment: string } | null {
  const parts = segment === DEFAULT_VIEW ? [] : segment.split("_");
  const isOption = (p: string) => EMBED_KEYS.some((k) => p.startsWith(`${k}.`));
  const raw = Object.fromEntries(
    parts.filter(isOption).map((p) => [p.slice(0, p.indexOf(".")), p.slice(p.indexOf(".") + 1)]),
  );
  const { options, issues } = parseEmbedParams(raw);
  const viewParts = parts.filter((p) => !isOption(p));
  const viewSegment = viewParts.length ? viewParts.join("_") : DEFAULT_VIEW;
  return issues.length === 0 && embedSegment(viewSegment, options) === segment ? { options, viewSegment } : null;
}

/** A view segment with the options appended in canonical order (the inverse of splitEmbedSegment). */
export function embedSegment(viewSegment: string, options: EmbedOptions): string {
  const parts = viewSegment === DEFAULT_VIEW ? [] : [viewSegment];
  if (options.theme !== DEFAULT_EMBED_OPTIONS.theme) parts.push(`theme.${options.theme}`);
  if (options.controls) parts.push("controls.1");
  return parts.length ? parts.join("_") : DEFAULT_VIEW;
}
