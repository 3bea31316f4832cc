import "server-only";
import { z } from "zod";
import { numberField, optionalText, requiredText, yearField } from "./fields";

export const AID_YEARLY_COLUMNS = [
  "year",
  "category",
  "value",
  "unit",
  "basis",
  "source_title",
  "source",
  "notes",
] as const;

/** The two WDI series are disbursements; everything else in the file is a pledge or a plan. */
const AID_WDI_CATEGORIES = ["net_bilateral_oda", "net_bilateral_oda_all_dac_donors"] as const;
export const AID_PRESS_CATEGORIES = [
  "pledge",
  "planned_annual_aid",
  "total_aid_as_stated",
  "signed_aid_12_months",
  "signed_grant_aid_12_months",
  "signed_loan_aid_12_months",
] as const;

export const aidYearlyRowSchema = z
  .object({
    year: yearField(1950, 2030),
    category: z.enum([...AID_WDI_CATEGORIES, ...AID_PRESS_CATEGORIES]),
    // Net flows can be negative (repayments larger than new disbursements).
    value: numberField,
    unit: z.enum(["USD", "USD_million"]),
    basis: requiredText("basis"),
    source_title: requiredText("source_title"),
    source: requiredText("source"),
    notes: optionalText,
  })
  .superRefine((row, ctx) => {
    const wdi = (AID_WDI_CATEGORIES as readonly string[]).includes(row.category);
    if (wdi && row.unit !== "USD") {
      ctx.addIssue({
        code: "custom",
        path: ["unit"],
        message: `WDI category ${row.category} is in USD, not ${row.unit}`,
      });
    }
  })
  .transform((r) => ({
    year: r.year,
    category: r.category,
    value: r.value,
    unit: r.unit,
    basis: r.basis,
    sourceTitle: r.source_title,
    source: r.source,
    notes: r.notes,
  }));
export type AidYearlyRow = z.output<typeof aidYearlyRowSchema>;

export const AID_SINGLE_COLUMNS = ["year", "category", "value", "unit", "source_title", "source", "notes"] as const;
export const aidSingleRowSchema = z
  .object({
    year: yearField(1950, 2030),
    category: requiredText("category").regex(/^[a-z0-9_]+$/, "category must be snake_case"),
    value: numberField,
    unit: z.enum(["JPY_billion", "USD_million"]),
    source_title: requiredText("source_title"),
    source: requiredText("source"),
    notes: optionalText,
  })
  .transform((r) => ({
    year: r.year,
    category: r.category,
    value: r.value,
    unit: r.unit,
    sourceTitle: r.source_title,
    source: r.source,
    notes: r.notes,
  }));
export type AidSingleRow = z.output<typeof aidSingleRowSchema>;

export const AID_MILESTONE_COLUMNS = [
  "period_start",
  "period_end",
  "category",
  "value",
  "unit",
  "basis",
  "source_title",
  "source",
  "notes",
] as const;
/** Periods are printed as the sources print them: "1992", "FY1993", "early 1990s" or blank. */
const periodField = z
  .string()
  .trim()
  .regex(/^(|FY\d{4}|\d{4}|early \d{4}s)$/, "period must be YYYY, FYYYYY, 'early YYYYs' or blank");
export const aidMilestoneRowSchema = z
  .object({
    period_start: periodField,
    period_end: periodField,
    category: requiredText("category").regex(/^[a-z0-9_]+$/, "category must be snake_case"),
    value: numberField.pipe(z.number().nonnegative()),
    unit: z.enum(["JPY_100million", "JPY_billion", "JPY_million", "USD_million"]),
    basis: requiredText("basis"),
    source_title: requiredText("source_title"),
    source: requiredText("source"),
    notes: optionalText,
  })
  .transform((r) => ({
    periodStart: r.period_start,
    periodEnd: r.period_end,
    category: r.category,
    value: r.value,
    unit: r.unit,
    basis: r.basis,
    sourceTitle: r.source_title,
    source: r.source,
    notes: r.notes,
  }));
export type AidMilestoneRow = z.output<typeof aidMilestoneRowSchema>;
