"use client";

import type { ReactNode } from "react";
import useSWR, { SWRConfig } from "swr";
import type { TradeRow } from "@/lib/data/schemas/trade";
import type { TradeDomains } from "@/lib/data/trade-domains";
import { buildTradeChartPanels } from "@/lib/transform/trade-chart-series";
import { ChartLegend } from "@/components/chart/chart-legend";
import { BarLineChart } from "@/components/chart/bar-line-chart";
import { ChartEventList } from "@/components/chart/chart-event-list";
import { buildEventMarkers, type KeyEvent } from "@/lib/transform/event-links";
import { buildTradeView } from "@/lib/transform/trade-view";
import { type TradePageQuery, type TradeQuery, tradeApiKey } from "@/lib/url/trade-params";

type ApiResponse = { query: TradeQuery; rows: TradeRow[] };

async function fetchTrade(url: string): Promise<ApiResponse> {
  const res = await fetch(url);
  const body: unknown = await res.json();
  if (!res.ok) throw new Error((body as { error?: string }).error ?? `Request failed (${res.status})`);
  return body as ApiResponse;
}

/**
 * The interactive chart area of /trade (Recharts). This module, with SWR and Recharts,
 * is loaded only after the page is interactive (see lazy-chart-area.tsx); the server's
 * SVG stands in until then. Data comes from SWR, seeded by the server through
 * SWRConfig's fallback, so the first render needs no request.
 */
type Props = {
  query: TradePageQuery;
  serverQuery: TradePageQuery;
  domains: TradeDomains;
  keyEvents: KeyEvent[];
  staticCharts: ReactNode;
  fallback: Record<string, unknown>;
};

export function TradeChartArea({ fallback, ...props }: Props) {
  return (
    <SWRConfig value={{ fallback }}>
      <ChartArea {...props} />
    </SWRConfig>
  );
}

function ChartArea({ query, serverQuery, domains, keyEvents, staticCharts }: Omit<Props, "fallback">) {
  const { data, error, isLoading } = useSWR(tradeApiKey(query, domains), fetchTrade, {
    keepPreviousData: true,
    revalidateIfStale: false,
    revalidateOnFocus: false,
  });

  const panels = data ? buildTradeChartPanels(buildTradeView(data.rows, data.query, domains[data.query.reporter])) : [];
  // Before the interactive chart has loaded, the server's SVG is right only for the server's view.
  const showInteractive = panels.length > 0;
  const markers = query.events && data ? buildEventMarkers(keyEvents, data.query.from, data.query.to) : [];
  const staticIsCurrent = tradeApiKey(query, domains) === tradeApiKey(serverQuery, domains);

  return (
    <div className="trade-chart-area" aria-busy={isLoading}>
      {error && (
        <p className="notice notice--error" role="alert">
          Could not update the chart: {error instanceof Error ? error.message : String(error)}. The figures below are
          still those of the view in the address bar.
        </p>
      )}
      {showInteractive ? (
        <>
          <div className={panels.length > 1 ? "grid-2" : undefined}>
            {panels.map((panel) => (
              <figure key={panel.id} className="chart-figure" data-interactive="true">
                <h2 className="chart-title">{panel.title}</h2>
                <ChartLegend panel={panel} />
                <div className="chart-box">
                  <BarLineChart panel={panel} markers={markers} highlightYear={query.year} />
                </div>
              </figure>
            ))}
          </div>
          <ChartEventList markers={markers} />
        </>
      ) : staticIsCurrent || !data ? (
        staticCharts
      ) : (
        <div className="chart-box skeleton" aria-label="Loading the chart" />
      )}
    </div>
  );
}
