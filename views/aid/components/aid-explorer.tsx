"use client";

import { type ReactNode, useCallback } from "react";
import { ChartAccess } from "@/components/a11y/chart-access";
import { ExportMenu } from "@/components/export/export-menu";
import { ShareMenu } from "@/components/share/share-menu";
import { embedTarget } from "@/views/shared/embed-target";
import { aidEmbed } from "../embed";
import { useUrlState } from "@/components/controls/use-url-state";
import type { AidYearPoint } from "@/lib/transform/aid-series";
import type { KeyEvent } from "@/lib/schemas/events";
import { type AidQuery, type YearSpan, aidApiKey, buildAidSearch } from "@/views/aid/search";
import { SettingsPanel } from "@/components/controls/settings-panel";
import { AidControls } from "./aid-controls";
import { LazyAidChartArea } from "./lazy-chart-area";

type ViewData = { from: number; to: number; series: AidYearPoint[] };
const preloadAidAdapter = () => void import("@/views/aid/export");

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
  // The chart's keyboard tree and sound read the same view data, on first use.
  const viewKey = aidApiKey(state, span);
  const loadView = async (): Promise<ViewData> => {
    const seeded = fallback[viewKey] as ViewData | undefined;
    if (seeded) return seeded;
    const res = await fetch(viewKey);
    if (!res.ok) throw new Error(`the data for this view could not be loaded (${res.status})`);
    return (await res.json()) as ViewData;
  };
  const getAccessInput = async () => {
    const [{ buildAidAccessInput }, view] = await Promise.all([import("@/views/aid/a11y"), loadView()]);
    return buildAidAccessInput(view.series, view.from, view.to);
  };
  const getFigure = async () => {
    const [{ buildAidExportFigure }, view] = await Promise.all([import("@/views/aid/export"), loadView()]);
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
      <SettingsPanel summary={`${state.from}–${state.to} · key events ${state.events ? "shown" : "hidden"}`}>
        <AidControls query={state} span={span} onChange={setState} busy={pending} />
      </SettingsPanel>
      <figure className="chart-figure" id="aid-chart">
        <ChartAccess label="Aid chart" getInput={getAccessInput} viewKey={viewKey}>
          <LazyAidChartArea query={state} span={span} keyEvents={keyEvents} fallback={fallback} serverKey={serverKey}>
            {children}
          </LazyAidChartArea>
        </ChartAccess>
        {legend}
      </figure>
      <ExportMenu label="this chart" getFigure={getFigure} preload={preloadAidAdapter} />
      <ShareMenu
        embed={embedTarget("aid", aidEmbed)}
        label="this chart"
        getFigure={getFigure}
        preload={preloadAidAdapter}
      />
    </>
  );
}
