import { z } from "zod";
import { REGION_MEASURES, REGION_PARTNERS, type RegionMeasure, isRegionPartner } from "@/lib/region/partners";
import { MemoCache } from "@/lib/memo-cache";
import { choiceParam, yearParam } from "@/lib/url/param-schemas";
import { readParam } from "@/lib/url/read-param";
import { type ParamIssue, type RawSearchParams, orderRange, truncate, unknownParams } from "@/lib/url/search-params";
import { type RegionQuery, type RegionScale, type RegionSpans, defaultScale } from "./search";

const ALL_FIVE = [...REGION_PARTNERS];

/**
 * Partners come as one comma list (?partners=KHM,LAO) or, from the no-JS checkbox form, as a
 * repeated key (?partners=KHM&partners=LAO); both give the same view, in the fixed order.
 */
const partnersParam = z
  .union([z.string(), z.array(z.string())])
  .transform((value) =>
    (Array.isArray(value) ? value : [value])
      .flatMap((v) => v.split(","))
      .map((c) => c.trim().toUpperCase())
      .filter((c) => c !== ""),
  )
  .refine((codes) => codes.length > 0, {
    error: "“partners” is empty: choose at least one partner; all five are shown.",
  })
  .refine((codes) => codes.every(isRegionPartner), {
    error: (iss) => {
      const bad = (iss.input as string[]).filter((c) => !isRegionPartner(c));
      return `“partners” = “${truncate(bad.join(","))}”: use ${REGION_PARTNERS.join(", ")}; all five are shown.`;
    },
  })
  .transform((codes) => REGION_PARTNERS.filter((p) => codes.includes(p)))
  .default(ALL_FIVE);

/** Built once per measure and span and kept: building a zod schema costs about a millisecond, reading with it microseconds. */
const schemas = new MemoCache<ReturnType<typeof buildRegionSchema>>(16);
const regionSchema = (measure: RegionMeasure, spans: RegionSpans) => {
  const span = spans[measure];
  return schemas.get(`${measure}:${span.first}:${span.last}`, () => buildRegionSchema(measure, spans));
};

/** The region view's parameters for a measure: key → schema with its default and its notice (lib/url/read-param.ts). */
function buildRegionSchema(measure: RegionMeasure, spans: RegionSpans) {
  const span = spans[measure];
  const year = (key: string) =>
    yearParam(
      { from: span.first, to: span.last },
      () => `“${key}” must be a four-digit year between ${span.first} and ${span.last} for ${measure}.`,
    );
  return {
    measure: choiceParam(REGION_MEASURES, (v) => `“measure” = “${v}”: use exports, imports or aid; imports are shown.`)
      .optional()
      .transform((m) => m ?? measure),
    partners: partnersParam,
    from: year("from").default(span.first),
    to: year("to").default(span.last),
    scale: z
      .string()
      .refine((s) => s === "linear" || s === "log", {
        error: (iss) => `“scale” = “${truncate(String(iss.input))}”: use log or linear.`,
      })
      .refine((s) => s === "linear" || measure !== "aid", {
        error: "“scale” = “log” cannot show net aid, which can be negative; a linear scale is used.",
      })
      .transform((s) => s as RegionScale)
      .default(defaultScale(measure)),
  };
}

/**
 * Reads the region view's state. Each problem becomes an issue naming the parameter and
 * that setting falls back to its default; the API turns any issue into a 400. The measure is
 * read first: the years and the scale allowed depend on it.
 */
export function parseRegionParams(
  raw: RawSearchParams,
  spans: RegionSpans,
  extraKeys: readonly string[] = [],
): { query: RegionQuery; issues: ParamIssue[] } {
  const issues = unknownParams(raw, [...Object.keys(regionSchema("imports", spans)), ...extraKeys]);
  const measure = readParam(raw, regionSchema("imports", spans), "measure", issues);
  const schema = regionSchema(measure, spans);
  const span = spans[measure];
  const query: RegionQuery = {
    measure,
    // An empty list (?partners=) is a choice of none, named in a notice, not a missing parameter.
    partners: readParam({ partners: raw.partners === "" ? [""] : raw.partners }, schema, "partners", issues),
    from: readParam(raw, schema, "from", issues),
    to: readParam(raw, schema, "to", issues),
    scale: defaultScale(measure),
  };
  Object.assign(query, orderRange(query, { from: span.first, to: span.last }, issues));
  query.scale = readParam(raw, schema, "scale", issues);
  return { query, issues };
}
