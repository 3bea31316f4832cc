import {
  type ParamIssue,
  type RawSearchParams,
  orderRange,
  parseYear,
  readSingle,
  truncate,
  unknownParams,
} from "./search-params";

export type AidQuery = { from: number; to: number; year: number | null; events: boolean };
export type YearSpan = { first: number; last: number };

/** The keys of the aid view's URL state. */
const AID_PARAM_KEYS = ["from", "to", "year", "events"] as const;

function defaultAidQuery(span: YearSpan): AidQuery {
  return { from: span.first, to: span.last, year: null, events: true };
}

/**
 * Reads the aid view's state from search params. Each problem becomes an issue naming
 * the parameter, and that setting falls back to its default, so a bad link still shows
 * a chart. The API calls the same parser and turns any issue into a 400.
 */
export function parseAidParams(
  raw: RawSearchParams,
  span: YearSpan,
  extraKeys: readonly string[] = [],
): { query: AidQuery; issues: ParamIssue[] } {
  const issues = unknownParams(raw, [...AID_PARAM_KEYS, ...extraKeys]);
  const query = defaultAidQuery(span);
  const readYear = (param: "from" | "to" | "year"): number | undefined => {
    const year = parseYear(readSingle(raw, param, issues));
    if (year === undefined) return undefined;
    if (year === null || year < span.first || year > span.last) {
      issues.push({ param, message: `“${param}” must be a four-digit year between ${span.first} and ${span.last}.` });
      return undefined;
    }
    return year;
  };
  query.from = readYear("from") ?? span.first;
  query.to = readYear("to") ?? span.last;
  query.year = readYear("year") ?? null;
  const events = readSingle(raw, "events", issues);
  if (events !== undefined) {
    if (events === "on" || events === "off") query.events = events === "on";
    else
      issues.push({
        param: "events",
        message: `“events” = “${truncate(events)}”: use on or off; event markers are shown.`,
      });
  }
  Object.assign(query, orderRange(query, { from: span.first, to: span.last }, issues));
  if (query.year !== null && (query.year < query.from || query.year > query.to)) {
    issues.push({
      param: "year",
      message: `The highlighted year ${query.year} is outside ${query.from}–${query.to}; nothing is highlighted.`,
    });
    query.year = null;
  }
  return { query, issues };
}

/** The canonical search string of a view; defaults are left out so links stay short. */
export function buildAidSearch(query: AidQuery, span: YearSpan): string {
  const q = new URLSearchParams();
  if (query.from !== span.first) q.set("from", String(query.from));
  if (query.to !== span.last) q.set("to", String(query.to));
  if (query.year !== null) q.set("year", String(query.year));
  if (!query.events) q.set("events", "off");
  const s = q.toString();
  return s ? `?${s}` : "";
}

/** The API URL for a view's data (range only); also the SWR key shared by server and client. */
export function aidApiKey(query: Pick<AidQuery, "from" | "to">, span: YearSpan): string {
  const q = new URLSearchParams();
  if (query.from !== span.first) q.set("from", String(query.from));
  if (query.to !== span.last) q.set("to", String(query.to));
  const s = q.toString();
  return s ? `/api/aid?${s}` : "/api/aid";
}
