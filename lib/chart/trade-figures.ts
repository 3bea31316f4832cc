import { buildTradeChartSpec, type TradeChartOptions } from "./build-trade-chart";
import { type FigureSizes, bothSizes } from "./figures";
import type { KeyEvent } from "@/lib/transform/event-links";
import type { ChartPanel } from "@/lib/transform/trade-chart-series";
import { type TradeDisplaySettings, type TradeViewData, buildTradeDisplay } from "@/lib/transform/trade-display";
import type { YearRange } from "@/lib/transform/trade-series";

const buildTradeFigures = (panels: readonly ChartPanel[], opts: TradeChartOptions): FigureSizes[] =>
  panels.map((p) => bothSizes(buildTradeChartSpec(p, opts)));

/**
 * The figures of a trade view from the rows GET /api/trade returns for it: the panels on the
 * chosen scale, then both sizes of each. The page, its embed and the preview image draw from this.
 */
export function buildTradeViewFigures(
  data: TradeViewData,
  view: TradeDisplaySettings & { year: number | null },
  domain: YearRange,
  markers: readonly KeyEvent[],
): FigureSizes[] {
  const shown = buildTradeDisplay(data, view, domain);
  return buildTradeFigures(shown.panels, {
    markers,
    highlightYear: view.year,
    scale: shown.scale,
    notes: shown.notes,
  });
}
