import {
  DEFAULT_EMBED_OPTIONS,
  EMBED_KEYS,
  EMBED_THEMES,
  type EmbedOptions,
  type EmbedTheme,
} from "@/lib/url/embed-options";
import { type ParamIssue, type RawSearchParams, readSingle, truncate } from "./search-params";
import { DEFAULT_VIEW } from "./segment";

/**
 * An embed's own options, `theme` and `controls`, read beside the view's parameters and
 * appended to the view's path segment (views/shared/embed-key.ts joins the two).
 */

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
