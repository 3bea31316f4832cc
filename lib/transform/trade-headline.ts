import type { TradeRow } from "@/lib/schemas/trade";
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

/** One press figure of the Japan-side series, with its source. */
export type PressFigure = { flow: TradeRow["flow"]; value: number; sourceTitle: string; source: string };

/**
 * JETRO's Japan-side figures in USD as the press reported them (series japan_jetro_usd_press)
 * for the years after `afterYear`, the last IMF year: the overview states them beside the IMF
 * headline, marked as press figures, never merged into it. Oldest year first; within a year,
 * Japan → Cambodia, Cambodia → Japan, then the two-way total.
 */
export function buildPressAfterImf(
  rows: readonly TradeRow[],
  afterYear: number,
): { year: number; figures: PressFigure[] }[] {
  const order: TradeRow["flow"][] = ["japan_to_cambodia", "cambodia_to_japan", "total_bilateral"];
  const press = rows.filter((r) => r.series === "japan_jetro_usd_press" && r.year > afterYear);
  const years = [...new Set(press.map((r) => r.year))].sort((a, b) => a - b);
  return years.map((year) => ({
    year,
    figures: press
      .filter((r) => r.year === year)
      .sort((a, b) => order.indexOf(a.flow) - order.indexOf(b.flow))
      .map((r) => ({ flow: r.flow, value: r.value, sourceTitle: r.sourceTitle, source: r.source })),
  }));
}
