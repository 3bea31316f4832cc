import "server-only";
import { loadDataset } from "./read-data-file";
import { AID_PRESS_CATEGORIES, type AidMilestoneRow, type AidSingleRow, type AidYearlyRow } from "./schemas/aid";

export type { AidMilestoneRow, AidSingleRow, AidYearlyRow };

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
