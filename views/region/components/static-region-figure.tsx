"use client";

import { type RegionChartInput, type RegionChartOptions, buildRegionFigure } from "@/views/region/figure";
import { ChartSvgSizes } from "@/components/chart/chart-svg";

/**
 * Both sizes of the static region chart, drawn from the view's series on the server and
 * again when the browser hydrates, so React's payload carries the series (a few hundred
 * numbers) rather than the SVG a second time (see StaticTradeFigures).
 */
export function StaticRegionFigure({ input, ...opts }: RegionChartOptions & { input: RegionChartInput }) {
  return <ChartSvgSizes figure={buildRegionFigure(input, opts)} id="region" />;
}
