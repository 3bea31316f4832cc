"use client";

import { type ReactNode, useCallback } from "react";
import { ChartAccess } from "@/components/a11y/chart-access";
import { useIntentLoad } from "@/components/chart/use-intent-load";
import { ExportMenu } from "@/components/export/export-menu";
import { ShareMenu } from "@/components/share/share-menu";
import { useUrlState } from "@/components/controls/use-url-state";
import { type RegionQuery, type RegionSpans, buildRegionSearch, regionApiHref } from "@/views/region/search";
import type { RegionChartAreaProps } from "./region-chart-area";
import { SettingsPanel } from "@/components/controls/settings-panel";
import { PARTNER_LABEL } from "@/lib/region/partners";
import { RegionControls } from "./region-controls";

const loadChart = () => import("./region-chart-area").then((m) => m.RegionChartArea);
const preloadAdapter = () => void import("@/views/region/export");
const loadView = async (url: string) => (await import("./region-chart-area")).fetchRegion(url);

/** The server's SVG until the reader shows intent, then the Recharts chart (none of it in the first load). */
function LazyRegionChart(props: RegionChartAreaProps & { changed: boolean }) {
  const { changed, ...rest } = props;
  const { Loaded, initial, handlers } = useIntentLoad(loadChart, changed);
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

const MEASURE_TEXT = { exports: "Japan's exports", imports: "Japan's imports", aid: "Japan's net ODA" } as const;

/** The settings of the view in one line: the disclosure's summary, above the figure on a phone. */
function buildRegionSettingsSummary(q: RegionQuery): string {
  const partners = q.partners.length === 5 ? "all five partners" : q.partners.map((p) => PARTNER_LABEL[p]).join(", ");
  return `${MEASURE_TEXT[q.measure]} · ${partners} · ${q.from}–${q.to} · ${q.scale} scale`;
}

/** The interactive part of /region: settings, chart and export menu, sharing one view state kept in the URL. */
export function RegionExplorer({
  query,
  spans,
  legend,
  children,
}: {
  query: RegionQuery;
  spans: RegionSpans;
  legend: ReactNode;
  children: ReactNode;
}) {
  const toSearch = useCallback((q: RegionQuery) => buildRegionSearch(q, spans), [spans]);
  const [state, setState, pending] = useUrlState(query, toSearch);
  const viewKey = regionApiHref(state);
  const getAccessInput = async () => {
    const [{ buildRegionAccessInput }, view] = await Promise.all([import("@/views/region/a11y"), loadView(viewKey)]);
    return buildRegionAccessInput(view, state.scale);
  };
  const getFigure = async () => {
    const [{ buildRegionExportFigure }, view] = await Promise.all([import("@/views/region/export"), loadView(viewKey)]);
    return buildRegionExportFigure({ data: view, query: state, spans, origin: window.location.origin });
  };
  return (
    <>
      <SettingsPanel summary={buildRegionSettingsSummary(state)}>
        <RegionControls query={state} spans={spans} onChange={setState} busy={pending} />
      </SettingsPanel>
      <figure className="chart-figure" id="region-chart">
        <ChartAccess label="Region chart" getInput={getAccessInput} viewKey={viewKey}>
          <LazyRegionChart query={state} changed={viewKey !== regionApiHref(query) || state.scale !== query.scale}>
            {children}
          </LazyRegionChart>
        </ChartAccess>
        {legend}
      </figure>
      <ExportMenu label="this chart" getFigure={getFigure} preload={preloadAdapter} />
      <ShareMenu label="this chart" getFigure={getFigure} preload={preloadAdapter} />
    </>
  );
}
