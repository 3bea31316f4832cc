import { buildPeriodSum, type AidInputRow, type PeriodSum } from "@/lib/transform/aid-series";

/**
 * Lines up each cumulative claim ("US$1.2 billion since 1992") with the sum of the
 * WDI net ODA series over the same calendar years. Neither side is declared right:
 * the point is to show how far apart commitment, disbursement, period and currency
 * put them.
 */

export type MilestoneInput = {
  periodStart: string;
  periodEnd: string;
  category: string;
  value: number;
  unit: string;
  basis: string;
  sourceTitle: string;
  source: string;
  notes: string;
};

export type ParsedPeriodEnd = { year: number; fiscal: boolean } | null;

/** "1992" → 1992, "FY1993" → 1993 (fiscal), "early 1990s" or "" → null (not a year). */
export function buildPeriodYear(text: string): ParsedPeriodEnd {
  const m = /^(FY)?(\d{4})$/.exec(text.trim());
  if (!m) return null;
  return { year: Number(m[2]), fiscal: m[1] === "FY" };
}

/** How a period reads in a table: "1992–2010", "FY1993–FY2014", "to FY2009", "early 1990s–2011", "since 2002". */
export function buildPeriodLabel(start: string, end: string): string {
  if (start && end) return `${start}–${end}`;
  if (end) return `to ${end}`;
  if (start) return `since ${start}`;
  return "period not stated";
}

/** Categories that claim a total of all aid, so a total series is a fair comparison. */
const TOTAL_CATEGORIES: readonly string[] = ["total_oda", "total_committed", "total_financing"];
/** Sector figures (demining and NGO projects): context, not cumulative totals. */
export const SECTOR_CATEGORIES: readonly string[] = ["demining_support", "ngo_grant_assistance"];

export type MilestoneComparison = MilestoneInput & {
  period: string;
  /** WDI sum over the same calendar years, or null with the reason in `noComparison`. */
  wdi: PeriodSum | null;
  noComparison: string | null;
  /** True when either end is a Japanese fiscal year (April–March), compared with calendar years. */
  fiscal: boolean;
};

export function buildMilestoneComparisons(
  milestones: readonly MilestoneInput[],
  wdiRows: readonly AidInputRow[],
): MilestoneComparison[] {
  return (
    milestones
      .filter((m) => !SECTOR_CATEGORIES.includes(m.category))
      .map((m) => {
        const start = buildPeriodYear(m.periodStart);
        const end = buildPeriodYear(m.periodEnd);
        const base = {
          ...m,
          period: buildPeriodLabel(m.periodStart, m.periodEnd),
          fiscal: !!(start?.fiscal || end?.fiscal),
        };
        if (!TOTAL_CATEGORIES.includes(m.category)) {
          return {
            ...base,
            wdi: null,
            noComparison: "One type of aid only; the WDI series is all of Japan's net ODA, with no split by type.",
          };
        }
        if (!start || !end) {
          return { ...base, wdi: null, noComparison: "The period has no stated start or end year." };
        }
        return { ...base, wdi: buildPeriodSum(wdiRows, start.year, end.year), noComparison: null };
      })
      // Claims that can be compared with the WDI total come first; the order is otherwise the file's.
      .map((m, i) => ({ m, i }))
      .sort((a, b) => Number(b.m.wdi !== null) - Number(a.m.wdi !== null) || a.i - b.i)
      .map(({ m }) => m)
  );
}
