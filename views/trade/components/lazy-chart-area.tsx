"use client";

import type { ComponentProps, ReactNode } from "react";
import { useIntentLoad } from "@/components/chart/use-intent-load";
import { sameTradeDrawing } from "@/views/trade/search";
import type { TradeChartArea as ChartAreaType } from "./trade-chart-area";

type Props = Omit<ComponentProps<typeof ChartAreaType>, "initialTip">;
const load = () => import("./trade-chart-area").then((m) => m.TradeChartArea);

/**
 * The trade chart box: the server-rendered SVG (staticCharts) until the reader shows
 * intent (pointer, focus, tap, or a change of view); then the Recharts chart, whose
 * module is fetched only then, so none of it is in the first load or runs before.
 */
export function LazyChartArea(props: Props & { staticCharts: ReactNode }) {
  const changed = !sameTradeDrawing(props.query, props.serverQuery, props.domains);
  const { Loaded, initial, handlers } = useIntentLoad(load, changed);
  return (
    <div className="chart-intent" {...handlers}>
      {Loaded ? <Loaded {...props} initialTip={initial} /> : props.staticCharts}
    </div>
  );
}
