import "server-only";
import { z } from "zod";
import { REGION_PARTNERS } from "@/lib/region/partners";
import { numberField, optionalText, requiredText, yearField } from "./fields";

export const REGION_TRADE_COLUMNS = [
  "year",
  "partner_iso3",
  "partner_name",
  "flow",
  "value",
  "unit",
  "reporter",
  "source_title",
  "source_url_or_repo_path",
  "notes",
] as const;

const REGION_TRADE_FLOWS = ["japan_exports_to_partner", "japan_imports_from_partner"] as const;

/** Each partner's label as the IMF Japan workbook prints it; any other name is a data error. */
const WORKBOOK_NAME = {
  KHM: "Cambodia",
  LAO: "Lao People's Dem. Rep.",
  MMR: "Myanmar",
  THA: "Thailand",
  VNM: "Vietnam",
} as const;

export const regionTradeRowSchema = z
  .object({
    year: yearField(1960, 2030),
    partner_iso3: z.enum(REGION_PARTNERS),
    partner_name: requiredText("partner_name"),
    flow: z.enum(REGION_TRADE_FLOWS),
    value: numberField.pipe(z.number().nonnegative("trade value cannot be negative")),
    unit: z.literal("USD_million"),
    // Both flows are Japan-reported (IMF DOTS Japan workbook).
    reporter: z.literal("Japan"),
    source_title: requiredText("source_title"),
    source_url_or_repo_path: requiredText("source_url_or_repo_path"),
    notes: optionalText,
  })
  .superRefine((row, ctx) => {
    if (WORKBOOK_NAME[row.partner_iso3] !== row.partner_name)
      ctx.addIssue({
        code: "custom",
        path: ["partner_name"],
        message: `${row.partner_iso3} is "${WORKBOOK_NAME[row.partner_iso3]}" in the workbook, not "${row.partner_name}"`,
      });
  })
  .transform((r) => ({
    year: r.year,
    partner: r.partner_iso3,
    partnerName: r.partner_name,
    flow: r.flow,
    value: r.value,
    unit: r.unit,
    reporter: r.reporter,
    sourceTitle: r.source_title,
    source: r.source_url_or_repo_path,
    notes: r.notes,
  }));
export type RegionTradeRow = z.output<typeof regionTradeRowSchema>;

export const REGION_AID_COLUMNS = [
  "year",
  "recipient_iso3",
  "recipient_name",
  "category",
  "value",
  "unit",
  "source_title",
  "source",
  "notes",
] as const;

const REGION_AID_CATEGORIES = ["net_bilateral_oda", "net_bilateral_oda_all_dac_donors"] as const;

/** Our labels for the WDI geo codes (the datapoint files carry only the code). */
const RECIPIENT_NAME = { KHM: "Cambodia", LAO: "Lao PDR", MMR: "Myanmar", THA: "Thailand", VNM: "Viet Nam" } as const;

export const regionAidRowSchema = z
  .object({
    year: yearField(1960, 2030),
    recipient_iso3: z.enum(REGION_PARTNERS),
    recipient_name: requiredText("recipient_name"),
    category: z.enum(REGION_AID_CATEGORIES),
    // Net flows: repayments can exceed new disbursements, so negative values are real.
    value: numberField,
    unit: z.literal("USD"),
    source_title: requiredText("source_title"),
    source: requiredText("source"),
    notes: optionalText,
  })
  .superRefine((row, ctx) => {
    if (RECIPIENT_NAME[row.recipient_iso3] !== row.recipient_name)
      ctx.addIssue({
        code: "custom",
        path: ["recipient_name"],
        message: `${row.recipient_iso3} is labelled "${RECIPIENT_NAME[row.recipient_iso3]}", not "${row.recipient_name}"`,
      });
  })
  .transform((r) => ({
    year: r.year,
    partner: r.recipient_iso3,
    partnerName: r.recipient_name,
    category: r.category,
    value: r.value,
    unit: r.unit,
    sourceTitle: r.source_title,
    source: r.source,
    notes: r.notes,
  }));
export type RegionAidRow = z.output<typeof regionAidRowSchema>;
