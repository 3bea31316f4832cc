import type { ReporterView, YearRange } from "@/lib/transform/trade-series";
import {
  type ParamIssue,
  type RawSearchParams,
  orderRange,
  parseYear,
  readSingle,
  truncate,
  unknownParams,
} from "./search-params";

export const TRADE_REPORTERS = ["japan", "cambodia", "both"] as const satisfies readonly ReporterView[];

export const TRADE_MEASURES = ["value", "share"] as const;
/** value: USD as published; share: each side's bilateral flow as % of its trade with the world (derived). */
export type TradeMeasure = (typeof TRADE_MEASURES)[number];

/** Whose figures and which years: all the value view's data depend on. */
export type TradeSelection = { reporter: ReporterView } & YearRange;
export type TradeQuery = TradeSelection & { measure: TradeMeasure };

/** The keys of the trade view's URL state; `satisfies` keeps them in step with TradeQuery. */
const TRADE_PARAM_KEYS = ["reporter", "from", "to", "measure"] as const satisfies readonly (keyof TradeQuery)[];

const DEFAULT_REPORTER: ReporterView = "japan";

export type ParsedTradeQuery = { query: TradeQuery; issues: ParamIssue[] };

/**
 * Reads the trade view's state from search params. Every problem becomes an issue
 * naming the parameter, and the affected setting falls back to its default, so a
 * bad link still shows a chart. `domainFor` gives the years each reporter view covers.
 */
export function parseTradeParams(
  raw: RawSearchParams,
  domainFor: (reporter: ReporterView) => YearRange,
  extraKeys: readonly string[] = [],
): ParsedTradeQuery {
  const issues: ParamIssue[] = unknownParams(raw, [...TRADE_PARAM_KEYS, ...extraKeys]);

  const reporterText = readSingle(raw, "reporter", issues);
  let reporter = DEFAULT_REPORTER;
  if (reporterText !== undefined) {
    if ((TRADE_REPORTERS as readonly string[]).includes(reporterText)) reporter = reporterText as ReporterView;
    else
      issues.push({
        param: "reporter",
        message: `Unknown reporter “${truncate(reporterText)}”; use japan, cambodia or both.`,
      });
  }

  const measureText = readSingle(raw, "measure", issues);
  let measure: TradeMeasure = "value";
  if (measureText !== undefined) {
    if ((TRADE_MEASURES as readonly string[]).includes(measureText)) measure = measureText as TradeMeasure;
    else
      issues.push({
        param: "measure",
        message: `Unknown measure “${truncate(measureText)}”; use value or share. Showing values.`,
      });
  }

  const domain = domainFor(reporter);
  const readBound = (param: "from" | "to"): number => {
    const fallback = param === "to" ? (domain.defaultTo ?? domain.to) : domain.from;
    const year = parseYear(readSingle(raw, param, issues));
    if (year === undefined) return fallback;
    if (year === null) {
      issues.push({ param, message: `“${param}” must be a four-digit year between ${domain.from} and ${domain.to}.` });
      return fallback;
    }
    if (year < domain.from || year > domain.to) {
      issues.push({ param, message: `“${param}” = ${year} is outside the data (${domain.from}–${domain.to}).` });
      return fallback;
    }
    return year;
  };
  const { from, to } = orderRange({ from: readBound("from"), to: readBound("to") }, domain, issues);
  return { query: { reporter, measure, from, to }, issues };
}

export const TRADE_SCALES = ["linear", "log", "index"] as const;
export type TradeScale = (typeof TRADE_SCALES)[number];

/**
 * The page's view: the data query plus display settings that do not change the data (so the API ignores them).
 * `base`: the index scale's base year (= 100), chosen by the reader; null for the automatic one
 * (the first year in range with a figure for every series) and unless `scale` is index.
 */
export type TradePageQuery = TradeQuery & {
  year: number | null;
  events: boolean;
  scale: TradeScale;
  base: number | null;
};

/** Display settings of the page only; the API and its cache key never see them. */
const TRADE_PAGE_KEYS = ["year", "events", "scale", "base"] as const satisfies readonly (keyof TradePageQuery)[];

export type ParsedTradePageQuery = { query: TradePageQuery; issues: ParamIssue[] };

/**
 * Reads the page's state: the data query as parseTradeParams reads it, then the
 * highlighted year (inside the range shown, else a notice and no highlight) and the
 * event markers toggle (on unless `events=off`).
 */
export function parseTradePageParams(
  raw: RawSearchParams,
  domainFor: (reporter: ReporterView) => YearRange,
): ParsedTradePageQuery {
  const { query: base, issues } = parseTradeParams(raw, domainFor, TRADE_PAGE_KEYS);
  const query: TradePageQuery = { ...base, year: null, events: true, scale: "linear", base: null };
  const yearText = readSingle(raw, "year", issues);
  const year = parseYear(yearText);
  if (year === null) {
    issues.push({
      param: "year",
      message: `“year” = “${truncate(yearText ?? "")}” is not a four-digit year; nothing is highlighted.`,
    });
  } else if (year !== undefined) {
    if (year < base.from || year > base.to)
      issues.push({
        param: "year",
        message: `The highlighted year ${year} is outside ${base.from}–${base.to}; nothing is highlighted.`,
      });
    else query.year = year;
  }
  const events = readSingle(raw, "events", issues);
  if (events !== undefined) {
    if (events === "on" || events === "off") query.events = events === "on";
    else
      issues.push({
        param: "events",
        message: `“events” = “${truncate(events)}”: use on or off; event markers are shown.`,
      });
  }
  readScale(raw, query, issues);
  return { query, issues };
}

/** The scale and, for the index scale, the base year the reader chose (in the range shown), or null for the automatic one. */
function readScale(raw: RawSearchParams, query: TradePageQuery, issues: ParamIssue[]): void {
  const scale = readSingle(raw, "scale", issues);
  if (scale !== undefined) {
    if ((TRADE_SCALES as readonly string[]).includes(scale)) query.scale = scale as TradeScale;
    else
      issues.push({
        param: "scale",
        message: `Unknown scale “${truncate(scale)}”; use linear, log or index. Showing a linear scale.`,
      });
  }
  const baseText = readSingle(raw, "base", issues);
  // Outside the index scale a base year means nothing; the form without JavaScript still sends
  // the one it showed when the reader switches to another scale, so it is dropped without a notice.
  if (query.scale !== "index") return;
  // No base year (or an empty one, the form's "automatic"): the first year every series can be indexed to.
  if (baseText === undefined || baseText === "") return;
  const auto = "the first year in range with a figure for every series is the base";
  const year = parseYear(baseText);
  if (year === null || year === undefined)
    issues.push({ param: "base", message: `“base” = “${truncate(baseText)}” is not a four-digit year; ${auto}.` });
  else if (year < query.from || year > query.to)
    issues.push({ param: "base", message: `The base year ${year} is outside ${query.from}–${query.to}; ${auto}.` });
  else query.base = year;
}

/** The page's canonical search string: the data query's, then the display settings that differ from their defaults. */
export function buildTradePageSearch(query: TradePageQuery, domain: YearRange): string {
  const params = new URLSearchParams(buildTradeSearch(query, domain));
  if (query.year !== null) params.set("year", String(query.year));
  if (!query.events) params.set("events", "off");
  if (query.scale !== "linear") params.set("scale", query.scale);
  if (query.scale === "index" && query.base !== null && query.base !== query.from)
    params.set("base", String(query.base));
  const s = params.toString();
  return s ? `?${s}` : "";
}

/** The canonical URL search string of a view; defaults are left out so links stay short. */
export function buildTradeSearch(query: TradeQuery, domain: YearRange): string {
  // Only the data query: a TradePageQuery passed here keeps its display settings out of API keys.
  const params = new URLSearchParams();
  if (query.reporter !== DEFAULT_REPORTER) params.set("reporter", query.reporter);
  if (query.from !== domain.from) params.set("from", String(query.from));
  if (query.to !== (domain.defaultTo ?? domain.to)) params.set("to", String(query.to));
  if (query.measure !== "value") params.set("measure", query.measure);
  const s = params.toString();
  return s ? `?${s}` : "";
}

/** The API URL that returns the rows of a view; also the SWR cache key shared by server and client. */
export function tradeApiKey(query: TradeQuery, domains: Record<ReporterView, YearRange>): string {
  return `/api/trade${buildTradeSearch(query, domains[query.reporter])}`;
}

/** Whether two page views draw the same figures: the same data (API key) on the same scale. */
export function sameTradeDrawing(
  a: TradePageQuery,
  b: TradePageQuery,
  domains: Record<ReporterView, YearRange>,
): boolean {
  return tradeApiKey(a, domains) === tradeApiKey(b, domains) && a.scale === b.scale && a.base === b.base;
}
