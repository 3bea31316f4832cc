import { buildAidChartSpec, type AidChartOptions } from "./build-aid-chart";
import { type FigureSizes, bothSizes } from "./figures";
import type { AidYearPoint } from "@/lib/transform/aid-series";

export const buildAidFigure = (series: readonly AidYearPoint[], opts: AidChartOptions): FigureSizes =>
  bothSizes(buildAidChartSpec(series, opts));
