"use client";

import { type AidChartOptions, buildAidFigure } from "@/views/aid/figure";
import type { AidYearPoint } from "@/lib/transform/aid-series";
import { ChartSvgSizes } from "@/components/chart/chart-svg";

type Props = AidChartOptions & {
  /** The series of the view: the same object as the SWR seed on /aid, so the page carries it once. */
  series: readonly AidYearPoint[];
};

/**
 * Both sizes of the static aid chart (CSS shows the one that fits), drawn from the view's
 * series on the server and again when the browser hydrates, so React's payload carries the
 * series rather than the SVG a second time (see StaticTradeFigures).
 */
export function StaticAidFigure({ series, ...opts }: Props) {
  return <ChartSvgSizes figure={buildAidFigure(series, opts)} id="aid" />;
}
