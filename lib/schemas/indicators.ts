import "server-only";
import { z } from "zod";
import { numberField, optionalText, requiredText, yearField } from "./fields";

export const INDICATOR_COLUMNS = [
  "indicator",
  "year",
  "value",
  "unit",
  "as_of",
  "source_title",
  "source",
  "notes",
] as const;

export const indicatorRowSchema = z
  .object({
    indicator: requiredText("indicator").regex(/^[a-z0-9_]+$/, "indicator must be snake_case"),
    year: yearField(1950, 2030),
    value: numberField.pipe(z.number().nonnegative()),
    unit: z.enum(["persons", "businesses", "companies", "bases", "USD_million", "arrivals"]),
    as_of: optionalText,
    source_title: requiredText("source_title"),
    source: requiredText("source").regex(/^https?:\/\//, "source must be a URL"),
    notes: optionalText,
  })
  .transform((r) => ({
    indicator: r.indicator,
    year: r.year,
    value: r.value,
    unit: r.unit,
    asOf: r.as_of,
    sourceTitle: r.source_title,
    source: r.source,
    notes: r.notes,
  }));
export type IndicatorRow = z.output<typeof indicatorRowSchema>;
