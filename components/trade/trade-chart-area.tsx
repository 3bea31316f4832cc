"use client";

import { type ComponentType, type ReactNode, useEffect, useState } from "react";
import useSWR from "swr";
import type { TradeRow } from "@/lib/data/schemas/trade";
import type { TradeDomains } from "@/lib/data/trade-domains";
import { type ChartPanel, buildTradeChartPanels } from "@/lib/transform/trade-chart-series";
import { ChartLegend } from "@/components/chart/chart-legend";
import { buildTradeView } from "@/lib/transform/trade-view";
import { type TradeQuery, tradeApiKey } from "@/lib/url/trade-params";
import { useTradeQuery } from "./use-trade-query";

type ApiResponse = { query: TradeQuery; rows: TradeRow[] };

async function fetchTrade(url: string): Promise<ApiResponse> {
  const res = await fetch(url);
  const body: unknown = await res.json();
  if (!res.ok) throw new Error((body as { error?: string }).error ?? `Request failed (${res.status})`);
  return body as ApiResponse;
}

type ChartComponent = ComponentType<{ panel: ChartPanel }>;

/**
 * The chart area of /trade. The server's SVG (children) is shown first and without
 * JavaScript; the interactive Recharts chart is fetched after the page is interactive,
 * so it costs nothing on first load. Data comes from SWR, seeded by the server through
 * SWRConfig's fallback, so the first render needs no request.
 */
export function TradeChartArea({ domains, staticCharts }: { domains: TradeDomains; staticCharts: ReactNode }) {
  const { query } = useTradeQuery(domains);
  const { data, error, isLoading } = useSWR(tradeApiKey(query, domains), fetchTrade, {
    keepPreviousData: true,
    revalidateIfStale: false,
    revalidateOnFocus: false,
  });
  const [Chart, setChart] = useState<ChartComponent | null>(null);
  useEffect(() => {
    let live = true;
    import("@/components/chart/bar-line-chart").then((m) => live && setChart(() => m.BarLineChart));
    return () => {
      live = false;
    };
  }, []);

  const panels = data ? buildTradeChartPanels(buildTradeView(data.rows, data.query, domains[data.query.reporter])) : [];
  const showInteractive = Chart !== null && panels.length > 0;

  return (
    <div className="trade-chart-area" aria-busy={isLoading}>
      {error && (
        <p className="notice notice--error" role="alert">
          Could not update the chart: {error instanceof Error ? error.message : String(error)}. The figures below are still those of the view in the address bar.
        </p>
      )}
      {showInteractive ? (
        <div className={panels.length > 1 ? "grid-2" : undefined}>
          {panels.map((panel) => (
            <figure key={panel.id} className="chart-figure" data-interactive="true">
              <h3 className="chart-title">{panel.title}</h3>
              <ChartLegend panel={panel} />
              <div className="chart-box">
                <Chart panel={panel} />
              </div>
            </figure>
          ))}
        </div>
      ) : (
        staticCharts
      )}
    </div>
  );
}
