"use client";

import { type ReactNode, useCallback } from "react";
import { useUrlState } from "@/components/trade/use-url-state";
import type { KeyEvent } from "@/lib/transform/event-links";
import { type AidQuery, type YearSpan, buildAidSearch } from "@/lib/url/aid-params";
import { AidChartArea } from "./aid-chart-area";
import { AidControls } from "./aid-controls";

/** The interactive part of /aid: the settings and the chart, sharing one view state kept in the URL. */
export function AidExplorer({ query, span, keyEvents, legend, children }: {
  query: AidQuery; span: YearSpan; keyEvents: KeyEvent[]; legend: ReactNode; children: ReactNode;
}) {
  const toSearch = useCallback((q: AidQuery) => buildAidSearch(q, span), [span]);
  const [state, setState, pending] = useUrlState(query, toSearch);
  return (
    <>
      <AidControls query={state} span={span} onChange={setState} busy={pending} />
      <figure className="chart-figure" id="aid-chart">
        <AidChartArea query={state} span={span} keyEvents={keyEvents}>
          {children}
        </AidChartArea>
        {legend}
      </figure>
    </>
  );
}
