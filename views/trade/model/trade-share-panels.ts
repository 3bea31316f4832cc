import { formatNumber } from "@/lib/format";
import { SERIES_SHORT, TRADE_COLORS } from "@/lib/transform/trade-labels";
import type { TradeSelection } from "@/views/trade/search";
import { type ChartPanel, type ChartSeries, yearsOf } from "@/views/trade/model/trade-chart-series";
import { SHARE_DEFS, type ShareInput, type ShareKey, type ShareRow, shareKeysFor } from "@/lib/transform/trade-share";
import type { Reporter } from "@/lib/transform/trade-series";

export const SHARE_UNIT = "% of the side's total";

const inputText = (i: ShareInput) => `USD ${formatNumber(i.value)} million`;

/** Where a share comes from, in words: both inputs and their sources. */
export function shareSourceText(s: ShareRow): string {
  if (!s.numerator || !s.denominator) return "";
  const side = s.reporter === "Japan" ? SERIES_SHORT.imf_dots_japan_reported : SERIES_SHORT.imf_dots_cambodia_reported;
  return `Derived: ${inputText(s.numerator)} (${side}, bilateral) ÷ ${inputText(s.denominator)} (${s.denominator.sourceTitle}, partner World) × 100`;
}

function shareSeries(key: ShareKey, years: number[], shares: readonly ShareRow[]): ChartSeries {
  const def = SHARE_DEFS[key];
  const byYear = new Map(shares.filter((s) => s.key === key).map((s) => [s.year, s]));
  const rows = years.map((y) => byYear.get(y) ?? null);
  return {
    key,
    label: `${def.label} (derived)`,
    // Coloured by the direction of the goods, as in the value chart.
    color: def.flow === "japan_to_cambodia" ? TRADE_COLORS.japanToCambodia : TRADE_COLORS.cambodiaToJapan,
    kind: "bar",
    derived: true,
    values: rows.map((r) => r?.value ?? null),
    sources: rows.map((r) =>
      r && r.value !== null
        ? {
            label: shareSourceText(r),
            title: r.denominator?.sourceTitle ?? "",
            // A share of an IMF estimate is an estimate too, marked as its input is.
            estimate: r.numerator?.estimate ?? false,
            notes: "",
          }
        : null,
    ),
  };
}

/**
 * The share view as chart panels: one per side shown (Japan's shares, Cambodia's shares),
 * each with its own axis, since Japan's are a fraction of a percent and Cambodia's several.
 */
export function buildShareChartPanels(shares: readonly ShareRow[], query: TradeSelection): ChartPanel[] {
  const years = yearsOf(query.from, query.to);
  const keys = shareKeysFor(query.reporter);
  const sides = [...new Set(keys.map((k) => SHARE_DEFS[k].side))] as Reporter[];
  return sides.map((side) => ({
    id: `share-${side}`,
    title:
      side === "japan"
        ? "Cambodia's place in Japan's trade: share of Japan's exports and imports (derived)"
        : "Japan's place in Cambodia's trade: share of Cambodia's exports and imports (derived)",
    unit: SHARE_UNIT,
    years,
    valueFormat: "share" as const,
    series: keys.filter((k) => SHARE_DEFS[k].side === side).map((k) => shareSeries(k, years, shares)),
  }));
}
