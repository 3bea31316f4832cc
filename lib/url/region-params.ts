import {
  REGION_MEASURES,
  REGION_PARTNERS,
  type RegionMeasure,
  type RegionPartner,
  isRegionPartner,
} from "@/lib/region/partners";
import {
  type ParamIssue,
  type RawSearchParams,
  orderRange,
  parseYear,
  readSingle,
  truncate,
  unknownParams,
} from "./search-params";

export type RegionScale = "log" | "linear";
export type RegionQuery = {
  measure: RegionMeasure;
  partners: RegionPartner[];
  from: number;
  to: number;
  scale: RegionScale;
};
type YearSpan = { first: number; last: number };
export type RegionSpans = Record<RegionMeasure, YearSpan>;

const REGION_PARAM_KEYS = ["measure", "partners", "from", "to", "scale"] as const;

/** Trade spans four orders of magnitude, so log; net aid can be negative, which a log axis cannot show. */
export const defaultScale = (measure: RegionMeasure): RegionScale => (measure === "aid" ? "linear" : "log");

/**
 * Partners come as one comma list (?partners=KHM,LAO) or, from the no-JS checkbox form, as a
 * repeated key (?partners=KHM&partners=LAO); both give the same view, in the fixed order.
 */
function readPartners(raw: RawSearchParams, issues: ParamIssue[]): RegionPartner[] | undefined {
  const value = raw.partners;
  if (value === undefined) return undefined;
  const codes = (Array.isArray(value) ? value : [value])
    .flatMap((v) => v.split(","))
    .map((c) => c.trim().toUpperCase())
    .filter((c) => c !== "");
  if (codes.length === 0) {
    issues.push({
      param: "partners",
      message: "“partners” is empty: choose at least one partner; all five are shown.",
    });
    return undefined;
  }
  const bad = codes.filter((c) => !isRegionPartner(c));
  if (bad.length > 0) {
    issues.push({
      param: "partners",
      message: `“partners” = “${truncate(bad.join(","))}”: use ${REGION_PARTNERS.join(", ")}; all five are shown.`,
    });
    return undefined;
  }
  return REGION_PARTNERS.filter((p) => codes.includes(p));
}

/**
 * Reads the region view's state. Each problem becomes an issue naming the parameter and
 * that setting falls back to its default; the API turns any issue into a 400.
 */
export function parseRegionParams(
  raw: RawSearchParams,
  spans: RegionSpans,
  extraKeys: readonly string[] = [],
): { query: RegionQuery; issues: ParamIssue[] } {
  const issues = unknownParams(raw, [...REGION_PARAM_KEYS, ...extraKeys]);
  const m = readSingle(raw, "measure", issues);
  let measure: RegionMeasure = "imports";
  if (m !== undefined) {
    if ((REGION_MEASURES as readonly string[]).includes(m)) measure = m as RegionMeasure;
    else
      issues.push({
        param: "measure",
        message: `“measure” = “${truncate(m)}”: use exports, imports or aid; imports are shown.`,
      });
  }
  const span = spans[measure];
  const readYear = (param: "from" | "to"): number | undefined => {
    const year = parseYear(readSingle(raw, param, issues));
    if (year === undefined) return undefined;
    if (year === null || year < span.first || year > span.last) {
      issues.push({
        param,
        message: `“${param}” must be a four-digit year between ${span.first} and ${span.last} for ${measure}.`,
      });
      return undefined;
    }
    return year;
  };
  const query: RegionQuery = {
    measure,
    partners: readPartners(raw, issues) ?? [...REGION_PARTNERS],
    from: readYear("from") ?? span.first,
    to: readYear("to") ?? span.last,
    scale: defaultScale(measure),
  };
  Object.assign(query, orderRange(query, { from: span.first, to: span.last }, issues));
  const s = readSingle(raw, "scale", issues);
  if (s !== undefined) {
    if (s === "linear" || (s === "log" && measure !== "aid")) query.scale = s;
    else if (s === "log")
      issues.push({
        param: "scale",
        message: "“scale” = “log” cannot show net aid, which can be negative; a linear scale is used.",
      });
    else issues.push({ param: "scale", message: `“scale” = “${truncate(s)}”: use log or linear.` });
  }
  return { query, issues };
}

/** The canonical search string of a view; defaults left out. */
export function buildRegionSearch(query: RegionQuery, spans: RegionSpans): string {
  const q = new URLSearchParams();
  const span = spans[query.measure];
  if (query.measure !== "imports") q.set("measure", query.measure);
  if (query.partners.length !== REGION_PARTNERS.length) q.set("partners", query.partners.join(","));
  if (query.from !== span.first) q.set("from", String(query.from));
  if (query.to !== span.last) q.set("to", String(query.to));
  if (query.scale !== defaultScale(query.measure)) q.set("scale", query.scale);
  const s = q.toString().replaceAll("%2C", ",");
  return s ? `?${s}` : "";
}

/** The API URL of a view's data (the scale is a page setting). */
export function regionApiHref(query: RegionQuery, format: "json" | "csv" = "json"): string {
  const q = new URLSearchParams({
    measure: query.measure,
    partners: query.partners.join(","),
    from: String(query.from),
    to: String(query.to),
  });
  if (format === "csv") q.set("format", "csv");
  return `/api/region?${q.toString().replaceAll("%2C", ",")}`;
}
