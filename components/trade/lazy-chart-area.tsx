"use client";

import type { ComponentProps, ReactNode } from "react";
import { useIntentLoad } from "@/components/chart/use-intent-load";
import { tradeApiKey } from "@/lib/url/trade-params";
import type { TradeChartArea as ChartAreaType } from "./trade-chart-area";

type Props = Omit<ComponentProps<typeof ChartAreaType>, "autoFocus">;
const load = () => import("./trade-chart-area").then((m) => m.TradeChartArea);

/**
 * The trade chart box: the server-rendered SVG (staticCharts) until the reader shows
 * intent (pointer, focus, tap, or a change of view); then the Recharts chart, whose
 * module is fetched only then, so none of it is in the first load or runs before.
 */
export function LazyChartArea(props: Props & { staticCharts: ReactNode }) {
  // A new scale redraws the same rows, so it counts as a change of view too.
  const changed =
    tradeApiKey(props.query, props.domains) !== tradeApiKey(props.serverQuery, props.domains) ||
    props.query.scale !== props.serverQuery.scale ||
    props.query.base !== props.serverQuery.base;
  const { Loaded, focused, handlers } = useIntentLoad(load, changed);
  return (
    <div className="chart-intent" {...handlers}>
      {Loaded ? <Loaded {...props} autoFocus={focused} /> : props.staticCharts}
    </div>
  );
}
