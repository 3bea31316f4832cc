"use client";

import { useIntentLoad } from "@/components/chart/use-intent-load";
import { aidApiKey } from "@/views/aid/search";
import type { AidChartAreaProps } from "./aid-chart-area";

const load = () => import("./aid-chart-area").then((m) => m.AidChartArea);

/**
 * The aid chart box: the server-rendered SVG (children) until the reader shows intent
 * (pointer, focus, tap, or a change of view); only then is the Recharts chart's module
 * fetched and run, so none of it is in the first load.
 */
export function LazyAidChartArea(props: AidChartAreaProps & { serverKey: string }) {
  const { serverKey, ...rest } = props;
  const { Loaded, initial, handlers } = useIntentLoad(load, aidApiKey(props.query, props.span) !== serverKey);
  return (
    <div className="chart-intent" {...handlers}>
      {Loaded ? (
        <Loaded {...rest} initialYear={initial?.year ?? null} />
      ) : (
        <div className="chart-box">{props.children}</div>
      )}
    </div>
  );
}
