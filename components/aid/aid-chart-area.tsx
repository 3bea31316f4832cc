"use client";

import { type ComponentType, type ReactNode, useEffect, useState } from "react";
import useSWR from "swr";
import type { AidYearPoint } from "@/lib/transform/aid-series";
import { buildEventMarkers, type KeyEvent } from "@/lib/transform/event-links";
import { type AidQuery, type YearSpan, aidApiKey } from "@/lib/url/aid-params";
import type { AidChartProps } from "./aid-chart-interactive";

export type AidApiResponse = { from: number; to: number; series: AidYearPoint[] };

async function fetchAid(url: string): Promise<AidApiResponse> {
  const res = await fetch(url);
  const body: unknown = await res.json();
  if (!res.ok) throw new Error((body as { error?: string }).error ?? `Request failed (${res.status})`);
  return body as AidApiResponse;
}

/**
 * The chart box of /aid. The server's SVG (children) is shown first and without
 * JavaScript; Recharts is imported after the page is interactive and then takes the
 * same reserved box. Data comes from SWR, seeded by the server's SWRConfig fallback.
 * Until the chart module has loaded, and while the view differs from the server's,
 * the server SVG stays (it is only swapped once the interactive chart can draw).
 */
export function AidChartArea({ query, span, keyEvents, children }: { query: AidQuery; span: YearSpan; keyEvents: KeyEvent[]; children: ReactNode }) {
  const { data, error, isLoading } = useSWR(aidApiKey(query, span), fetchAid, {
    keepPreviousData: true,
    revalidateIfStale: false,
    revalidateOnFocus: false,
  });
  const [Chart, setChart] = useState<ComponentType<AidChartProps> | null>(null);
  useEffect(() => {
    let live = true;
    import("./aid-chart-interactive").then((m) => live && setChart(() => m.AidChartInteractive));
    return () => {
      live = false;
    };
  }, []);
  const markers = query.events && data ? buildEventMarkers(keyEvents, data.from, data.to) : [];
  return (
    <>
      {error && (
        <p className="notice notice--error" role="alert">
          Could not update the chart: {error instanceof Error ? error.message : String(error)}. The table below still shows the view in the address bar.
        </p>
      )}
      <div className="chart-box" aria-busy={isLoading}>
        {Chart && data ? <Chart series={data.series} markers={markers} highlightYear={query.year} /> : children}
      </div>
    </>
  );
}
