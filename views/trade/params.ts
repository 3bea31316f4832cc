import { MemoCache } from "@/lib/memo-cache";
import type { ReporterView, YearRange } from "@/lib/transform/trade-series";
import { choiceParam, switchParam, yearParam } from "@/lib/url/param-schemas";
import { readParam } from "@/lib/url/read-param";
import {
  type ParamIssue,
  type RawSearchParams,
  orderRange,
  readSingle,
  truncate,
  unknownParams,
} from "@/lib/url/search-params";
import {
  DEFAULT_REPORTER,
  TRADE_MEASURES,
  TRADE_REPORTERS,
  TRADE_SCALES,
  type TradePageQuery,
  type TradeQuery,
} from "./search";

/*
 * Building a zod schema costs far more than reading a value with it (about 1 ms against
 * microseconds), and the proxy parses every page request: each schema is built once per range
 * and kept (the ranges come from the data, so there are few).
 */
const schemas = new MemoCache<unknown>(256);
const memo = <T>(key: string, build: () => T): T => schemas.get(key, build) as T;

/** The data query's parameters, for a reporter's years: key → schema with its default and its notice. */
const tradeSchema = (domain: YearRange) =>
  memo(`q:${domain.from}:${domain.to}:${domain.defaultTo}`, () => buildTradeSchema(domain));

function buildTradeSchema(domain: YearRange) {
  const bound = (key: "from" | "to", fallback: number) =>
    yearParam(domain, (text) =>
      /^\d{4}$/.test(text)
        ? `“${key}” = ${text} is outside the data (${domain.from}–${domain.to}).`
        : `“${key}” must be a four-digit year between ${domain.from} and ${domain.to}.`,
    ).default(fallback);
  return {
    reporter: choiceParam(TRADE_REPORTERS, (v) => `Unknown reporter “${v}”; use japan, cambodia or both.`).default(
      DEFAULT_REPORTER,
    ),
    from: bound("from", domain.from),
    to: bound("to", domain.defaultTo ?? domain.to),
    measure: choiceParam(TRADE_MEASURES, (v) => `Unknown measure “${v}”; use value or share. Showing values.`).default(
      "value",
    ),
  };
}

/** The page's display settings, within the range shown: key → schema with its default and its notice. */
const tradePageSchema = (range: { from: number; to: number }) =>
  memo(`p:${range.from}:${range.to}`, () => buildTradePageSchema(range));

function buildTradePageSchema(range: { from: number; to: number }) {
  const auto = "the first year in range with a figure for every series is the base";
  const inRange = (key: string, what: string, after: string) =>
    yearParam(range, (text) =>
      /^\d{4}$/.test(text)
        ? `The ${what} ${text} is outside ${range.from}–${range.to}; ${after}.`
        : `“${key}” = “${truncate(text)}” is not a four-digit year; ${after}.`,
    );
  return {
    year: inRange("year", "highlighted year", "nothing is highlighted").nullable().default(null),
    events: switchParam((v) => `“events” = “${v}”: use on or off; event markers are shown.`).default(true),
    scale: choiceParam(
      TRADE_SCALES,
      (v) => `Unknown scale “${v}”; use linear, log or index. Showing a linear scale.`,
    ).default("linear"),
    base: inRange("base", "base year", auto).nullable().default(null),
  };
}

/** The keys the data query reads; the page reads these and its display settings. */
const QUERY_KEYS = Object.keys(buildTradeSchema({ from: 0, to: 0 }));
const PAGE_KEYS = Object.keys(buildTradePageSchema({ from: 0, to: 0 }));

export type ParsedTradeQuery = { query: TradeQuery; issues: ParamIssue[] };

/**
 * Reads the trade view's state from search params. Every problem becomes an issue
 * naming the parameter, and the affected setting falls back to its default, so a
 * bad link still shows a chart. `domainFor` gives the years each reporter view covers,
 * so the reporter is read first.
 */
export function parseTradeParams(
  raw: RawSearchParams,
  domainFor: (reporter: ReporterView) => YearRange,
  extraKeys: readonly string[] = [],
): ParsedTradeQuery {
  const issues = unknownParams(raw, [...QUERY_KEYS, ...extraKeys]);
  const reporter = readParam(raw, tradeSchema(domainFor(DEFAULT_REPORTER)), "reporter", issues);
  const domain = domainFor(reporter);
  const schema = tradeSchema(domain);
  const measure = readParam(raw, schema, "measure", issues);
  const range = { from: readParam(raw, schema, "from", issues), to: readParam(raw, schema, "to", issues) };
  const { from, to } = orderRange(range, domain, issues);
  return { query: { reporter, measure, from, to }, issues };
}

export type ParsedTradePageQuery = { query: TradePageQuery; issues: ParamIssue[] };

/**
 * Reads the page's state: the data query as parseTradeParams reads it, then the display
 * settings: the highlighted year (inside the range shown, else a notice and no highlight), the
 * event markers (on unless `events=off`), the scale and, for the index scale, the base year.
 */
export function parseTradePageParams(
  raw: RawSearchParams,
  domainFor: (reporter: ReporterView) => YearRange,
): ParsedTradePageQuery {
  const { query: data, issues } = parseTradeParams(raw, domainFor, PAGE_KEYS);
  const schema = tradePageSchema(data);
  const query: TradePageQuery = {
    ...data,
    year: readParam(raw, schema, "year", issues),
    events: readParam(raw, schema, "events", issues),
    scale: readParam(raw, schema, "scale", issues),
    // Outside the index scale a base year means nothing; the form without JavaScript still sends
    // the one it showed when the reader switches to another scale, so it is dropped without a notice.
    base: null,
  };
  if (query.scale === "index") query.base = readParam(raw, schema, "base", issues);
  // A repeated base year is named whatever the scale.
  else readSingle(raw, "base", issues);
  return { query, issues };
}
