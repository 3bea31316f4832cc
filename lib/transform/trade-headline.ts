import type { TradeRow } from "@/lib/data/schemas/trade";
import { IMF_SERIES, buildTradeYears, filterSeries } from "./trade-series";

export type TradeHeadline = {
  year: number;
  japanToCambodia: number;
  cambodiaToJapan: number;
  /** Derived: Japan → Cambodia minus Cambodia → Japan. */
  balance: number;
  sourceTitle: string;
  source: string;
};

/** The latest year in which Japan reports both flows, with the derived balance. */
export function buildTradeHeadline(rows: readonly TradeRow[]): TradeHeadline | null {
  const series = filterSeries(rows, IMF_SERIES.japan);
  if (series.length === 0) return null;
  const years = buildTradeYears(rows, "japan", { from: series[0]!.year, to: series[series.length - 1]!.year });
  for (let i = years.length - 1; i >= 0; i--) {
    const y = years[i]!;
    if (y.japanToCambodia && y.cambodiaToJapan && y.balance !== null) {
      return {
        year: y.year,
        japanToCambodia: y.japanToCambodia.value,
        cambodiaToJapan: y.cambodiaToJapan.value,
        balance: y.balance,
        sourceTitle: y.japanToCambodia.sourceTitle,
        source: y.japanToCambodia.source,
      };
    }
  }
  return null;
}
