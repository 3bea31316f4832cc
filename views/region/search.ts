import { REGION_PARTNERS, type RegionMeasure, type RegionPartner } from "@/lib/region/partners";

/*
 * The region view's settings and their canonical address, without the parser (params.ts): the
 * browser's controls write addresses with these and never load the parser's schemas.
 */

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

/** Trade spans four orders of magnitude, so log; net aid can be negative, which a log axis cannot show. */
export const defaultScale = (measure: RegionMeasure): RegionScale => (measure === "aid" ? "linear" : "log");

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
