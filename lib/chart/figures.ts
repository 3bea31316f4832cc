import { buildChart, type ChartSpec } from "./build-chart";
import type { ChartModel } from "./model";

/**
 * Both sizes of a figure, for the page (CSS shows the one that fits the screen). Each chart
 * kind's builder (buildTradeViewFigures, buildAidFigure, buildRegionFigure) sits with its spec
 * in build-*-chart.ts, so a page's bundle holds only the builders of the charts it draws.
 */
export type FigureSizes = { wide: ChartModel; narrow: ChartModel };

export const bothSizes = (spec: ChartSpec): FigureSizes => ({
  wide: buildChart(spec, "wide"),
  narrow: buildChart(spec, "narrow"),
});
