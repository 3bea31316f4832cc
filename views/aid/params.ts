import { MemoCache } from "@/lib/memo-cache";
import { switchParam, yearParam } from "@/lib/url/param-schemas";
import { readParam } from "@/lib/url/read-param";
import { type ParamIssue, type RawSearchParams, orderRange, unknownParams } from "@/lib/url/search-params";
import type { AidQuery, YearSpan } from "./search";

/** Built once per span and kept: building a zod schema costs about a millisecond, reading with it microseconds. */
const schemas = new MemoCache<ReturnType<typeof buildAidSchema>>(16);
const aidSchema = (span: YearSpan) => schemas.get(`${span.first}:${span.last}`, () => buildAidSchema(span));

/** The aid view's parameters: key → schema with its default and its notice (lib/url/read-param.ts). */
function buildAidSchema(span: YearSpan) {
  const range = { from: span.first, to: span.last };
  const year = (key: string) =>
    yearParam(range, () => `“${key}” must be a four-digit year between ${span.first} and ${span.last}.`);
  return {
    from: year("from").default(span.first),
    to: year("to").default(span.last),
    year: year("year").nullable().default(null),
    events: switchParam((v) => `“events” = “${v}”: use on or off; event markers are shown.`).default(true),
  };
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
  const schema = aidSchema(span);
  const issues = unknownParams(raw, [...Object.keys(schema), ...extraKeys]);
  const query: AidQuery = {
    from: readParam(raw, schema, "from", issues),
    to: readParam(raw, schema, "to", issues),
    year: readParam(raw, schema, "year", issues),
    events: readParam(raw, schema, "events", issues),
  };
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
