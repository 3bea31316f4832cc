"use client";

import { type ComponentProps, type ComponentType, type ReactNode, useEffect, useState } from "react";
import type { TradeChartArea as ChartAreaType } from "./trade-chart-area";

type Props = ComponentProps<typeof ChartAreaType>;

/**
 * Loads the interactive chart (Recharts, SWR) after the page is interactive, so none
 * of it is in the page's first load. Until it arrives the server-rendered SVG, already
 * in the reserved chart box, is what the reader sees.
 */
export function LazyChartArea(props: Props & { staticCharts: ReactNode }) {
  const [ChartArea, setChartArea] = useState<ComponentType<Props> | null>(null);
  useEffect(() => {
    let live = true;
    import("./trade-chart-area").then((m) => live && setChartArea(() => m.TradeChartArea));
    return () => {
      live = false;
    };
  }, []);
  return ChartArea ? <ChartArea {...props} /> : <>{props.staticCharts}</>;
}
