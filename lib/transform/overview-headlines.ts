import type { TradeRow } from "@/lib/data/schemas/trade";
import { buildDifference, buildTradeYears, buildYearDomain, type TradePoint } from "./trade-series";
import { buildPeriodSum, type AidInputRow, type PeriodSum, JAPAN_CATEGORY } from "./aid-series";

export type TradeHeadline = { year: number; japanToCambodia: TradePoint; cambodiaToJapan: TradePoint; balance: number };

/** Latest year in which Japan's own (IMF DOTS) figures have both flows; balance derived. */
export function buildTradeHeadline(rows: readonly TradeRow[]): TradeHeadline | null {
  const years = buildTradeYears(rows, "japan", buildYearDomain(rows, "japan"));
  for (let i = years.length - 1; i >= 0; i--) {
    const y = years[i];
    if (!y?.japanToCambodia || !y.cambodiaToJapan) continue;
    const balance = buildDifference(y.japanToCambodia.value, y.cambodiaToJapan.value);
    if (balance !== null) return { year: y.year, japanToCambodia: y.japanToCambodia, cambodiaToJapan: y.cambodiaToJapan, balance };
  }
  return null;
}

export type AidHeadline = { latestYear: number; latestValue: number; sinceSum: PeriodSum };

/** Japan's net ODA in the latest year with data, and summed from `since` to that year (derived). */
export function buildAidHeadline(rows: readonly AidInputRow[], since: number): AidHeadline | null {
  const japan = rows.filter((r) => r.category === JAPAN_CATEGORY).sort((a, b) => a.year - b.year);
  const latest = japan[japan.length - 1];
  if (!latest) return null;
  return { latestYear: latest.year, latestValue: latest.value, sinceSum: buildPeriodSum(rows, since, latest.year) };
}
