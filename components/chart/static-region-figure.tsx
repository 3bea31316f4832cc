"use client";

import type { RegionChartInput, RegionChartOptions } from "@/lib/chart/build-region-chart";
import { buildRegionFigure } from "@/lib/chart/region-figure";
import { ChartSvg } from "./chart-svg";

/**
 * Both sizes of the static region chart, drawn from the view's series on the server and
 * again when the browser hydrates, so React's payload carries the series (a few hundred
 * numbers) rather than the SVG a second time (see StaticTradeFigures).
 */
export function StaticRegionFigure({ input, ...opts }: RegionChartOptions & { input: RegionChartInput }) {
  const { wide, narrow } = buildRegionFigure(input, opts);
  return (
    <>
      <ChartSvg model={wide} idPrefix="region-w" />
      <ChartSvg model={narrow} idPrefix="region-n" />
    </>
  );
}
