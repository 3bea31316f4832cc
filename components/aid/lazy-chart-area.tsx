"use client";

import { type ComponentType, useEffect, useState } from "react";
import type { AidChartAreaProps } from "./aid-chart-area";

/**
 * Loads the interactive aid chart (Recharts, SWR) after the page is interactive, so
 * none of it is in the page's first load. Until it arrives the server-rendered SVG
 * (children), already in the reserved chart box, is what the reader sees.
 */
export function LazyAidChartArea(props: AidChartAreaProps) {
  const [ChartArea, setChartArea] = useState<ComponentType<AidChartAreaProps> | null>(null);
  useEffect(() => {
    let live = true;
    import("./aid-chart-area").then((m) => live && setChartArea(() => m.AidChartArea));
    return () => {
      live = false;
    };
  }, []);
  return ChartArea ? <ChartArea {...props} /> : <div className="chart-box">{props.children}</div>;
}
