/**
 * The body of GET /api/region and the region export: the selected partners' yearly values
 * in the source's unit, Cambodia's standing among all five, and for aid the sums over the
 * range and Japan's share of all DAC donors. Derived fields are named in `derived`.
 */
import { PARTNER_LABEL, type RegionMeasure, type RegionPartner } from "@/lib/region/partners";
import { buildDacShares, buildRegionAidSums } from "./region-aid";
import {
  type RegionAidInput,
  type RegionInput,
  type RegionTradeInput,
  buildCambodiaStanding,
  buildRegionSeries,
  measureRows,
} from "@/lib/transform/region-series";
import { DERIVED_PRECISION_NOTE } from "@/lib/transform/derived-precision";

const REGION_TRADE_SOURCE =
  "IMF, Direction of Trade Statistics (DOTS), Japan workbook (DOTS_101), Japan-reported; exports FOB, imports CIF.";
const REGION_AID_SOURCE =
  "World Bank, World Development Indicators (DC.DAC.JPNL.CD / DC.DAC.TOTL.CD), based on OECD DAC data, CC BY 4.0. Net disbursements, current USD.";

const MEASURE_TEXT: Record<RegionMeasure, string> = {
  exports: "Japan's exports to the partner (FOB)",
  imports: "Japan's imports from the partner (CIF)",
  aid: "Japan's net bilateral ODA to the partner",
};

type NamedInput = {
  trade: readonly (RegionInput["trade"][number] & { partnerName: string })[];
  aid: readonly (RegionInput["aid"][number] & { partnerName: string })[];
};
export type RegionView = { measure: RegionMeasure; partners: readonly RegionPartner[]; from: number; to: number };

/** Each partner's name as the measure's source gives it (the IMF workbook's label, or our WDI label). */
function sourceNames(input: NamedInput, measure: RegionMeasure): Record<RegionPartner, string> {
  const rows = measure === "aid" ? input.aid : input.trade;
  const out = { ...PARTNER_LABEL };
  for (const r of rows) out[r.partner] = r.partnerName;
  return out;
}

export function buildRegionPayload(input: NamedInput, view: RegionView) {
  const { measure, partners, from, to } = view;
  const series = buildRegionSeries(input, measure, partners, from, to);
  const names = sourceNames(input, measure);
  const aid = measure === "aid";
  return {
    measure,
    description: MEASURE_TEXT[measure],
    unit: series.unit,
    from,
    to,
    source: aid ? REGION_AID_SOURCE : REGION_TRADE_SOURCE,
    derived: aid ? ["standing", "aidSums", "dacShares"] : ["standing"],
    precision: `${DERIVED_PRECISION_NOTE} Sums are exact to the decimal places of the figures summed.`,
    partners: partners.map((p) => ({ iso3: p, name: names[p] })),
    years: series.years,
    series: series.lines,
    /** Cambodia's rank and derived share among all five partners (not only those selected). */
    standing: buildCambodiaStanding(input, measure, from, to),
    ...(aid
      ? {
          aidSums: buildRegionAidSums(input.aid, partners, from, to),
          dacShares: Object.fromEntries(partners.map((p) => [p, buildDacShares(input.aid, p, from, to)])),
        }
      : {}),
  };
}
export type RegionPayload = ReturnType<typeof buildRegionPayload>;

export const REGION_CSV_COLUMNS = [
  "year",
  "partner_iso3",
  "partner_name",
  "measure",
  "value",
  "unit",
  "source_title",
  "source",
  "notes",
] as const;

type Meta = { partnerName: string; sourceTitle: string; source: string; notes: string };

/** The source rows of a view, as stored; a missing year has no row. */
export function buildRegionCsvRows(
  input: { trade: readonly (RegionTradeInput & Meta)[]; aid: readonly (RegionAidInput & Meta)[] },
  view: RegionView,
) {
  const unit = view.measure === "aid" ? "USD" : "USD_million";
  return measureRows(input, view.measure)
    .filter((r) => view.partners.includes(r.partner) && r.year >= view.from && r.year <= view.to)
    .sort((a, b) => a.year - b.year || view.partners.indexOf(a.partner) - view.partners.indexOf(b.partner))
    .map((r) => ({
      year: r.year,
      partner_iso3: r.partner,
      partner_name: r.partnerName,
      measure: view.measure,
      value: r.value,
      unit,
      source_title: r.sourceTitle,
      source: r.source,
      notes: r.notes,
    }));
}
