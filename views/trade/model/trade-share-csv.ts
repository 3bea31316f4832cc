import { buildCsv } from "@/lib/export/csv";
import type { ExportCell } from "@/lib/export/figure";
import { buildTradeSourceUrl } from "@/lib/transform/trade-source-url";
import { SHARE_DEFS, type ShareRow } from "@/lib/transform/trade-share";

export const SHARE_CSV_COLUMNS = [
  "year",
  "share",
  "reporter",
  "value_percent",
  "derived",
  "gap_reason",
  "numerator_flow",
  "numerator_value",
  "numerator_estimate",
  "numerator_source_title",
  "numerator_source",
  "denominator_flow",
  "denominator_value",
  "denominator_source_title",
  "denominator_source",
  "unit_of_inputs",
] as const;

export type ShareCsvRecord = Record<(typeof SHARE_CSV_COLUMNS)[number], ExportCell>;

const GAP_REASON: Record<NonNullable<ShareRow["missing"]>, string> = {
  numerator: "no bilateral figure",
  denominator: "no figure for trade with the world",
  both: "no figures",
  mismatch: "inputs not in the same unit and valuation",
};

/** One share row with both inputs and their sources, for the CSV and the export's table. */
export function buildShareRecord(s: ShareRow): ShareCsvRecord {
  return {
    year: s.year,
    share: SHARE_DEFS[s.key].label,
    reporter: s.reporter,
    value_percent: s.value,
    derived: true,
    gap_reason: s.missing ? GAP_REASON[s.missing] : "",
    numerator_flow: s.numerator?.flow ?? SHARE_DEFS[s.key].flow,
    numerator_value: s.numerator?.value ?? null,
    numerator_estimate: s.numerator?.estimate ?? false,
    numerator_source_title: s.numerator?.sourceTitle ?? "",
    numerator_source: s.numerator ? buildTradeSourceUrl(s.numerator.source) : "",
    denominator_flow: s.denominator?.flow ?? SHARE_DEFS[s.key].world,
    denominator_value: s.denominator?.value ?? null,
    denominator_source_title: s.denominator?.sourceTitle ?? "",
    denominator_source: s.denominator ? buildTradeSourceUrl(s.denominator.source) : "",
    unit_of_inputs: s.numerator?.unit ?? s.denominator?.unit ?? "",
  };
}

/** CSV of derived shares: each row names both inputs and their sources; a gap has an empty value and its reason. */
export const buildShareCsv = (rows: readonly ShareRow[]): string =>
  buildCsv(SHARE_CSV_COLUMNS, rows.map(buildShareRecord));
