import { buildPeriodSum, type AidInputRow, type PeriodSum, JAPAN_CATEGORY } from "@/lib/transform/aid-series";

export type AidHeadline = { latestYear: number; latestValue: number; sinceSum: PeriodSum };

/** Japan's net ODA in the latest year with data, and summed from `since` to that year (derived). */
export function buildAidHeadline(rows: readonly AidInputRow[], since: number): AidHeadline | null {
  const japan = rows.filter((r) => r.category === JAPAN_CATEGORY).sort((a, b) => a.year - b.year);
  const latest = japan[japan.length - 1];
  if (!latest) return null;
  return { latestYear: latest.year, latestValue: latest.value, sinceSum: buildPeriodSum(rows, since, latest.year) };
}
