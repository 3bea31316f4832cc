import { buildRegionChartSpec, type RegionChartInput, type RegionChartOptions } from "./build-region-chart";
import { type FigureSizes, bothSizes } from "./figures";

export const buildRegionFigure = (input: RegionChartInput, opts: RegionChartOptions): FigureSizes =>
  bothSizes(buildRegionChartSpec(input, opts));
