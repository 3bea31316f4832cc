"use client";

import { type ReactNode, useMemo } from "react";
import useSWR, { SWRConfig } from "swr";
import { RechartsChart } from "@/components/chart/recharts-chart";
import { buildAidChart } from "@/views/aid/figure";
import { THEME } from "@/lib/chart/theme";
import type { AidYearPoint } from "@/lib/transform/aid-series";
import { buildEventMarkers } from "@/lib/transform/event-links";
import { type KeyEvent } from "@/lib/schemas/events";
import { type AidQuery, type YearSpan, aidApiKey } from "@/views/aid/search";
import { AidTooltip } from "./aid-tooltip";

export type AidApiResponse = { from: number; to: number; series: AidYearPoint[] };

async function fetchAid(url: string): Promise<AidApiResponse> {
  const res = await fetch(url);
  const body: unknown = await res.json();
  if (!res.ok) throw new Error((body as { error?: string }).error ?? `Request failed (${res.status})`);
  return body as AidApiResponse;
}

export type AidChartAreaProps = {
  query: AidQuery;
  span: YearSpan;
  keyEvents: KeyEvent[];
  /** SWR fallback from the server: the rows of the first view, keyed by its API URL. */
  fallback: Record<string, unknown>;
  /** The server-rendered SVG, shown until the interactive chart has data to draw. */
  children: ReactNode;
  /** Where the reader first pointed at the static figure: the tooltip opens there. */
  initialYear?: number | null;
};

/**
 * The interactive chart box of /aid (SWR and Recharts), loaded on intent
 * (lazy-chart-area.tsx). SWRConfig lives here, not on the page, so SWR is not in the
 * first load; its fallback means the first render makes no request. The model is
 * built from the rows by the same builder as the server's SVG.
 */
export function AidChartArea({ fallback, ...props }: AidChartAreaProps) {
  return (
    <SWRConfig value={{ fallback }}>
      <ChartArea {...props} />
    </SWRConfig>
  );
}

const isNarrow = () => window.matchMedia(`(max-width: ${THEME.narrowBelow / 16}rem)`).matches;

function ChartArea({ query, span, keyEvents, children, initialYear = null }: Omit<AidChartAreaProps, "fallback">) {
  const { data, error, isLoading } = useSWR(aidApiKey(query, span), fetchAid, {
    keepPreviousData: true,
    revalidateIfStale: false,
    revalidateOnFocus: false,
  });
  const { events, year } = query;
  const chart = useMemo(() => {
    if (!data) return null;
    const markers = events ? buildEventMarkers(keyEvents, data.from, data.to) : [];
    const series = data.series;
    return {
      model: buildAidChart(series, { markers, highlightYear: year }, isNarrow() ? "narrow" : "wide"),
      tooltip: (y: number) => <AidTooltip year={y} series={series} />,
    };
  }, [data, events, year, keyEvents]);
  return (
    <>
      {error && (
        <p className="notice notice--error" role="alert">
          Could not update the chart: {error instanceof Error ? error.message : String(error)}. The table below still
          shows the view in the address bar.
        </p>
      )}
      <div className="chart-box" aria-busy={isLoading}>
        {chart ? <RechartsChart model={chart.model} tooltip={chart.tooltip} initialYear={initialYear} /> : children}
      </div>
    </>
  );
}
