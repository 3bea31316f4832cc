"use client";

import { type ReactNode, useCallback } from "react";
import { ExportMenu } from "@/components/export/export-menu";
import { useUrlState } from "@/components/trade/use-url-state";
import type { AidYearPoint } from "@/lib/transform/aid-series";
import type { KeyEvent } from "@/lib/transform/event-links";
import { type AidQuery, type YearSpan, aidApiKey, buildAidSearch } from "@/lib/url/aid-params";
import { AidControls } from "./aid-controls";
import { LazyAidChartArea } from "./lazy-chart-area";

type ViewData = { from: number; to: number; series: AidYearPoint[] };
const preloadAidAdapter = () => void import("@/lib/export/adapters/aid");

/** The interactive part of /aid: the settings, the chart and its export menu, sharing one view state kept in the URL. */
export function AidExplorer({
  query,
  span,
  keyEvents,
  fallback,
  legend,
  children,
}: {
  query: AidQuery;
  span: YearSpan;
  keyEvents: KeyEvent[];
  fallback: Record<string, unknown>;
  legend: ReactNode;
  children: ReactNode;
}) {
  const toSearch = useCallback((q: AidQuery) => buildAidSearch(q, span), [span]);
  const [state, setState, pending] = useUrlState(query, toSearch);

  const serverKey = aidApiKey(query, span);
  // The export reads the view in the controls at click time: from the server's seed for
  // the first view, otherwise from the API the chart uses (usually in the HTTP cache).
  const getFigure = async () => {
    const key = aidApiKey(state, span);
    const seeded = fallback[key] as ViewData | undefined;
    const [{ buildAidExportFigure }, view] = await Promise.all([
      import("@/lib/export/adapters/aid"),
      seeded ??
        fetch(key).then(async (res) => {
          if (!res.ok) throw new Error(`the data for this view could not be loaded (${res.status})`);
          return (await res.json()) as ViewData;
        }),
    ]);
    return buildAidExportFigure({
      series: view.series,
      query: { ...state, from: view.from, to: view.to },
      span,
      origin: window.location.origin,
      keyEvents,
    });
  };

  return (
    <>
      <AidControls query={state} span={span} onChange={setState} busy={pending} />
      <figure className="chart-figure" id="aid-chart">
        <LazyAidChartArea query={state} span={span} keyEvents={keyEvents} fallback={fallback} serverKey={serverKey}>
          {children}
        </LazyAidChartArea>
        {legend}
      </figure>
      <ExportMenu label="this chart" getFigure={getFigure} preload={preloadAidAdapter} />
    </>
  );
}
