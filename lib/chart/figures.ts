import { buildAidChartSpec, type AidChartOptions } from "./build-aid-chart";
import { buildChart, type ChartSpec } from "./build-chart";
import { buildRegionChartSpec, type RegionChartInput, type RegionChartOptions } from "./build-region-chart";
import { buildTradeChartSpec, type TradeChartOptions } from "./build-trade-chart";
import type { ChartModel } from "./model";
import type { AidYearPoint } from "@/lib/transform/aid-series";
import type { ChartPanel } from "@/lib/transform/trade-chart-series";

/** Both sizes of a figure, for the server page (CSS shows the one that fits the screen). */
export type FigureSizes = { wide: ChartModel; narrow: ChartModel };

const bothSizes = (spec: ChartSpec): FigureSizes => ({
  wide: buildChart(spec, "wide"),
  narrow: buildChart(spec, "narrow"),
});

export const buildTradeFigures = (panels: readonly ChartPanel[], opts: TradeChartOptions): FigureSizes[] =>
  panels.map((p) => bothSizes(buildTradeChartSpec(p, opts)));

export const buildAidFigure = (series: readonly AidYearPoint[], opts: AidChartOptions): FigureSizes =>
  bothSizes(buildAidChartSpec(series, opts));

export const buildRegionFigure = (input: RegionChartInput, opts: RegionChartOptions): FigureSizes =>
  bothSizes(buildRegionChartSpec(input, opts));
