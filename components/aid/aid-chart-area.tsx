"use client";

import type { ReactNode } from "react";
import useSWR, { SWRConfig } from "swr";
import type { AidYearPoint } from "@/lib/transform/aid-series";
import { buildEventMarkers, type KeyEvent } from "@/lib/transform/event-links";
import { type AidQuery, type YearSpan, aidApiKey } from "@/lib/url/aid-params";
import { AidChartInteractive } from "./aid-chart-interactive";

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
  /** SWR fallback from the server: the data of the first view, keyed by its API URL. */
  fallback: Record<string, unknown>;
  /** The server-rendered SVG, shown until the interactive chart has data to draw. */
  children: ReactNode;
};

/**
 * The interactive chart box of /aid (SWR and Recharts). This module is loaded only
 * after the page is interactive (lazy-chart-area.tsx); the server's SVG stands in
 * until then. SWRConfig lives here, not on the page, so SWR is not in the first load;
 * its fallback (the server's data for the first view) means the first render makes no request.
 */
export function AidChartArea({ fallback, ...props }: AidChartAreaProps) {
  return (
    <SWRConfig value={{ fallback }}>
      <ChartArea {...props} />
    </SWRConfig>
  );
}

function ChartArea({ query, span, keyEvents, children }: Omit<AidChartAreaProps, "fallback">) {
  const { data, error, isLoading } = useSWR(aidApiKey(query, span), fetchAid, {
    keepPreviousData: true,
    revalidateIfStale: false,
    revalidateOnFocus: false,
  });
  const markers = query.events && data ? buildEventMarkers(keyEvents, data.from, data.to) : [];
  return (
    <>
      {error && (
        <p className="notice notice--error" role="alert">
          Could not update the chart: {error instanceof Error ? error.message : String(error)}. The table below still
          shows the view in the address bar.
        </p>
      )}
      <div className="chart-box" aria-busy={isLoading}>
        {data ? <AidChartInteractive series={data.series} markers={markers} highlightYear={query.year} /> : children}
      </div>
    </>
  );
}
