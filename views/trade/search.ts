import type { ReporterView, YearRange } from "@/lib/transform/trade-series";

/*
 * The trade view's settings and their canonical address, without the parser (params.ts): the
 * browser's controls write addresses with these and never load the parser's schemas.
 */

export const TRADE_REPORTERS = ["japan", "cambodia", "both"] as const satisfies readonly ReporterView[];

export const TRADE_MEASURES = ["value", "share"] as const;
/** value: USD as published; share: each side's bilateral flow as % of its trade with the world (derived). */
export type TradeMeasure = (typeof TRADE_MEASURES)[number];

/** Whose figures and which years: all the value view's data depend on. */
export type TradeSelection = { reporter: ReporterView } & YearRange;
export type TradeQuery = TradeSelection & { measure: TradeMeasure };

export const DEFAULT_REPORTER: ReporterView = "japan";

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
