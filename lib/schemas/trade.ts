import "server-only";
import { z } from "zod";
import { numberField, optionalText, requiredText, yearField } from "./fields";

export const TRADE_COLUMNS = [
  "year",
  "flow",
  "value",
  "unit",
  "reporter",
  "source_title",
  "source_url_or_repo_path",
  "notes",
  "series",
] as const;

const TRADE_SERIES = [
  "imf_dots_japan_reported",
  "imf_dots_cambodia_reported",
  "cambodia_gdce_press",
  "japan_jetro_usd_press",
  "japan_mof_yen_press",
] as const;
export type TradeSeries = (typeof TRADE_SERIES)[number];

const TRADE_FLOWS = ["japan_to_cambodia", "cambodia_to_japan", "total_bilateral"] as const;
export type TradeFlow = (typeof TRADE_FLOWS)[number];

/** Which unit each series is published in; a row in any other unit is rejected. */
const SERIES_UNIT: Record<TradeSeries, "USD_million" | "JPY_billion"> = {
  imf_dots_japan_reported: "USD_million",
  imf_dots_cambodia_reported: "USD_million",
  cambodia_gdce_press: "USD_million",
  japan_jetro_usd_press: "USD_million",
  japan_mof_yen_press: "JPY_billion",
};

/** Which side's statistics each series is; a mismatched reporter is a data error. */
const SERIES_REPORTER: Record<TradeSeries, "Japan" | "Cambodia"> = {
  imf_dots_japan_reported: "Japan",
  imf_dots_cambodia_reported: "Cambodia",
  cambodia_gdce_press: "Cambodia",
  japan_jetro_usd_press: "Japan",
  japan_mof_yen_press: "Japan",
};

export const tradeRowSchema = z
  .object({
    year: yearField(1950, 2030),
    flow: z.enum(TRADE_FLOWS),
    value: numberField.pipe(z.number().nonnegative("trade value cannot be negative")),
    unit: z.enum(["USD_million", "JPY_billion"]),
    reporter: z.enum(["Japan", "Cambodia"]),
    source_title: requiredText("source_title"),
    source_url_or_repo_path: requiredText("source_url_or_repo_path"),
    notes: optionalText,
    series: z.enum(TRADE_SERIES),
  })
  .superRefine((row, ctx) => {
    if (SERIES_UNIT[row.series] !== row.unit) {
      ctx.addIssue({
        code: "custom",
        path: ["unit"],
        message: `series ${row.series} is published in ${SERIES_UNIT[row.series]}, not ${row.unit}`,
      });
    }
    if (SERIES_REPORTER[row.series] !== row.reporter) {
      ctx.addIssue({
        code: "custom",
        path: ["reporter"],
        message: `series ${row.series} is ${SERIES_REPORTER[row.series]}-reported, not ${row.reporter}`,
      });
    }
  })
  .transform((r) => ({
    year: r.year,
    flow: r.flow,
    value: r.value,
    unit: r.unit,
    reporter: r.reporter,
    series: r.series,
    sourceTitle: r.source_title,
    source: r.source_url_or_repo_path,
    notes: r.notes,
    /** IMF marks its own estimates with "e"; the extract moved the marker into the notes. */
    estimate: /flagged 'e'/.test(r.notes),
  }));

export type TradeRow = z.output<typeof tradeRowSchema>;

/** The IMF series have one value per flow and year; press series may legitimately repeat. */
export function tradeUniqueKey(row: TradeRow): string | null {
  return row.series.startsWith("imf_") ? `${row.series} ${row.flow} ${row.year}` : null;
}

export const WORLD_COLUMNS = [
  "year",
  "reporter",
  "flow",
  "value",
  "unit",
  "source_title",
  "source_url_or_repo_path",
  "notes",
] as const;

export const worldTotalRowSchema = z
  .object({
    year: yearField(1950, 2030),
    reporter: z.enum(["Japan", "Cambodia"]),
    flow: z.enum(["exports_to_world", "imports_from_world"]),
    value: numberField.pipe(z.number().nonnegative()),
    unit: z.literal("USD_million"),
    source_title: requiredText("source_title"),
    source_url_or_repo_path: requiredText("source_url_or_repo_path"),
    notes: optionalText,
  })
  .transform((r) => ({
    year: r.year,
    reporter: r.reporter,
    flow: r.flow,
    value: r.value,
    unit: r.unit,
    sourceTitle: r.source_title,
    source: r.source_url_or_repo_path,
    notes: r.notes,
  }));
export type WorldTotalRow = z.output<typeof worldTotalRowSchema>;
