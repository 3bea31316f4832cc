import "server-only";
import { loadDataset } from "./read-data-file";
import { buildAidSeries, buildAidYearSpan, type AidYearPoint } from "@/lib/transform/aid-series";
import { AID_PRESS_CATEGORIES, type AidMilestoneRow, type AidSingleRow, type AidYearlyRow } from "@/lib/schemas/aid";

export type { AidMilestoneRow, AidSingleRow, AidYearlyRow, AidYearPoint };

/** Every row of the yearly aid file: the two WDI series plus the press figures. */
export function getAidYearlyRows(dir?: string): Promise<AidYearlyRow[]> {
  return loadDataset("aidYearly", dir);
}

/**
 * Pledges, plans and signed agreements from the press. Kept apart from the WDI rows
 * because they measure intentions or commitments, not disbursements.
 */
export async function getAidPressRows(dir?: string): Promise<AidYearlyRow[]> {
  const rows = await getAidYearlyRows(dir);
  const press: readonly string[] = AID_PRESS_CATEGORIES;
  return rows.filter((r) => press.includes(r.category));
}

/** Single-year figures: the FY2006 breakdown by scheme and a few agreements. */
export function getAidSingleRows(dir?: string): Promise<AidSingleRow[]> {
  return loadDataset("aidSingle", dir);
}

/** Cumulative totals over stated periods ("since 1992 …"), as each source printed them. */
export function getAidMilestones(dir?: string): Promise<AidMilestoneRow[]> {
  return loadDataset("aidMilestones", dir);
}

/** Years covered by Japan's WDI series (first and last year with a value). */
export async function getAidYearSpan(dir?: string): Promise<{ first: number; last: number }> {
  const span = buildAidYearSpan(await getAidYearlyRows(dir));
  if (!span) throw new Error("aid_japan_to_cambodia_yearly.csv has no net_bilateral_oda rows");
  return span;
}

/** One point per year from–to (gaps as null), with the derived share of all DAC donors. */
export async function getAidSeries(from: number, to: number, dir?: string): Promise<AidYearPoint[]> {
  return buildAidSeries(await getAidYearlyRows(dir), from, to);
}

/** Attribution of the WDI series, taken from the data rows themselves. */
export async function getAidWdiSource(dir?: string): Promise<{ title: string; repo: string; basis: string }> {
  const row = (await getAidYearlyRows(dir)).find((r) => r.category === "net_bilateral_oda");
  return {
    title: row?.sourceTitle ?? "World Bank WDI DC.DAC.JPNL.CD",
    repo: row?.source ?? "",
    basis: row?.basis ?? "",
  };
}
