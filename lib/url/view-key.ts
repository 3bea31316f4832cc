import type { ReporterView, YearRange } from "@/lib/transform/trade-series";
import { buildAidSearch, parseAidParams, type YearSpan } from "@/views/aid/params";
import { mapHref, parseMapParams } from "@/views/map/params";
import { type RegionSpans, buildRegionSearch, parseRegionParams } from "@/views/region/params";
import { type ParamIssue, type RawSearchParams, truncate } from "./search-params";
import { buildTimelineSearch, parseTimelineParams } from "@/views/timeline/params";
import { buildTradePageSearch, parseTradePageParams } from "@/views/trade/params";

/** The page routes whose URL state is a cached view. */
export const VIEW_ROUTES = ["trade", "aid", "map", "timeline", "region"] as const;
export type ViewRoute = (typeof VIEW_ROUTES)[number];

/** What the parsers need to know about the data (plain values, computed once per process). */
export type ViewContext = {
  tradeDomains: Record<ReporterView, YearRange>;
  aidSpan: YearSpan;
  regionSpans: RegionSpans;
  provinceIds: readonly string[];
  eventIds: readonly string[];
};

/** The segment of the default view: prerendered at build time. */
export const DEFAULT_VIEW = "default";

/**
 * Reads a page's search params with the route's own parser and writes them back with the
 * route's own serialiser. The result is the canonical search string (defaults left out),
 * so two URLs that show the same view, including an invalid one and the view it falls
 * back to, get the same string. A parameter added to a parser flows through unchanged.
 */
export function buildViewSearch(
  route: ViewRoute,
  raw: RawSearchParams,
  ctx: ViewContext,
): { search: string; issues: ParamIssue[] } {
  switch (route) {
    case "trade": {
      const { query, issues } = parseTradePageParams(raw, (r) => ctx.tradeDomains[r]);
      return { search: buildTradePageSearch(query, ctx.tradeDomains[query.reporter]), issues };
    }
    case "aid": {
      const { query, issues } = parseAidParams(raw, ctx.aidSpan);
      return { search: buildAidSearch(query, ctx.aidSpan), issues };
    }
    case "region": {
      const { query, issues } = parseRegionParams(raw, ctx.regionSpans);
      return { search: buildRegionSearch(query, ctx.regionSpans), issues };
    }
    case "map": {
      const { params, issues } = parseMapParams(raw, ctx.provinceIds);
      return { search: mapHref(params).replace(/^\/map/, ""), issues };
    }
    case "timeline": {
      const { era, event, issues } = parseTimelineParams(raw);
      const known = event !== null && ctx.eventIds.includes(event);
      if (event !== null && !known)
        issues.push({ param: "event", message: `No event has the id “${truncate(event)}”; nothing is highlighted.` });
      return { search: buildTimelineSearch({ era, event: known ? event : null }), issues };
    }
  }
}

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
