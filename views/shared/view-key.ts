import type { ParamIssue, RawSearchParams } from "@/lib/url/search-params";
import { searchToSegment, segmentToSearchParams } from "@/lib/url/segment";
import { type ViewRoute, viewOf } from "@/views/registry";
import type { ViewContext } from "./view-definition";

/**
 * A view's canonical search string for these search params (its definition's parser and
 * serialiser): two URLs that show the same view get the same string, and a parameter added to
 * a view's parser flows through unchanged.
 */
export function buildViewSearch(
  route: ViewRoute,
  raw: RawSearchParams,
  ctx: ViewContext,
): { search: string; issues: ParamIssue[] } {
  return viewOf(route)!.canonical(raw, ctx);
}

/**
 * The page side of the key: the params a view segment stands for, or null when the segment
 * is not the canonical form of what it parses to (a hand-made path), so each view has one
 * cache entry only.
 */
export function readViewSegment(route: ViewRoute, segment: string, ctx: ViewContext): RawSearchParams | null {
  const raw = segmentToSearchParams(segment);
  const { search, issues } = buildViewSearch(route, raw, ctx);
  return issues.length === 0 && searchToSegment(search) === segment ? raw : null;
}
