"use client";

import { type ComponentType, type ReactNode, useEffect, useState } from "react";
import useSWR from "swr";
import type { TradeRow } from "@/lib/data/schemas/trade";
import type { TradeDomains } from "@/lib/data/trade-domains";
import { type ChartPanel, buildTradeChartPanels } from "@/lib/transform/trade-chart-series";
import { ChartLegend } from "@/components/chart/chart-legend";
import { ExportMenu } from "@/components/export/export-menu";
import { buildTradeView } from "@/lib/transform/trade-view";
import { type TradeQuery, tradeApiKey } from "@/lib/url/trade-params";

type ApiResponse = { query: TradeQuery; rows: TradeRow[] };

async function fetchTrade(url: string): Promise<ApiResponse> {
  const res = await fetch(url);
  const body: unknown = await res.json();
  if (!res.ok) throw new Error((body as { error?: string }).error ?? `Request failed (${res.status})`);
  return body as ApiResponse;
}

type ChartComponent = ComponentType<{ panel: ChartPanel }>;

const preloadTradeAdapter = () => void import("@/lib/export/adapters/trade");

/**
 * The chart area of /trade. The server's SVG (children) is shown first and without
 * JavaScript; the interactive Recharts chart is fetched after the page is interactive,
 * so it costs nothing on first load. Data comes from SWR, seeded by the server through
 * SWRConfig's fallback, so the first render needs no request.
 */
export function TradeChartArea({ query, serverQuery, domains, staticCharts }: { query: TradeQuery; serverQuery: TradeQuery; domains: TradeDomains; staticCharts: ReactNode }) {
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
  // Before the interactive chart has loaded, the server's SVG is right only for the server's view.
  const showInteractive = Chart !== null && panels.length > 0;
  const staticIsCurrent = tradeApiKey(query, domains) === tradeApiKey(serverQuery, domains);
  // Exports show the data drawn, so they wait while a new view is loading.
  const exportable = data !== undefined && tradeApiKey(data.query, domains) === tradeApiKey(query, domains);
  const getFigure = async () => {
    if (!data) throw new Error("The chart's data have not loaded yet.");
    const { buildTradeExportFigure } = await import("@/lib/export/adapters/trade");
    return buildTradeExportFigure({ rows: data.rows, query: data.query, domain: domains[data.query.reporter], origin: window.location.origin });
  };

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
      ) : staticIsCurrent || !data ? (
        staticCharts
      ) : (
        <div className="chart-box skeleton" aria-label="Loading the chart" />
      )}
      <ExportMenu label="this chart" getFigure={getFigure} preload={preloadTradeAdapter} disabled={!exportable} />
    </div>
  );
}
