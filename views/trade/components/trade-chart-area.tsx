"use client";

import { type ReactNode, useMemo } from "react";
import useSWR, { SWRConfig } from "swr";
import type { TradeDomains } from "@/lib/transform/trade-domains";
import { buildTradeCharts } from "@/views/trade/figure";
import { THEME } from "@/lib/chart/theme";
import { type TradeViewData, buildTradeDisplay } from "@/views/trade/model/trade-display";
import { ChartLegend } from "@/components/chart/chart-legend";
import { RechartsChart } from "@/components/chart/recharts-chart";
import { ChartEventList } from "@/components/chart/chart-event-list";
import { ChartTooltipBody } from "@/views/trade/components/chart-tooltip";
import type { StaticTipState } from "@/components/chart/static-tip";
import { buildEventMarkers } from "@/lib/transform/event-links";
import { type KeyEvent } from "@/lib/schemas/events";
import { type TradePageQuery, sameTradeDrawing, tradeApiKey } from "@/views/trade/search";

type ApiResponse = TradeViewData;

async function fetchTrade(url: string): Promise<ApiResponse> {
  const res = await fetch(url);
  const body: unknown = await res.json();
  if (!res.ok) throw new Error((body as { error?: string }).error ?? `Request failed (${res.status})`);
  return body as ApiResponse;
}

type Props = {
  query: TradePageQuery;
  serverQuery: TradePageQuery;
  domains: TradeDomains;
  keyEvents: KeyEvent[];
  staticCharts: ReactNode;
  fallback: Record<string, unknown>;
  /** Where the reader first pointed at the static figure: the tooltip opens there. */
  initialTip: StaticTipState | null;
};

/**
 * The interactive chart area of /trade (SWR and Recharts), loaded on intent
 * (lazy-chart-area.tsx). SWR is seeded with the server's rows of the current view
 * (SWRConfig's fallback), so the first render needs no request; the chart models are
 * built from those rows by the same builders as the server's SVG.
 */
export function TradeChartArea({ fallback, ...props }: Props) {
  return (
    <SWRConfig value={{ fallback }}>
      <ChartArea {...props} />
    </SWRConfig>
  );
}

const isNarrow = () => window.matchMedia(`(max-width: ${THEME.narrowBelow / 16}rem)`).matches;

function ChartArea({ query, serverQuery, domains, keyEvents, staticCharts, initialTip }: Omit<Props, "fallback">) {
  const { data, error, isLoading } = useSWR(tradeApiKey(query, domains), fetchTrade, {
    keepPreviousData: true,
    revalidateIfStale: false,
    revalidateOnFocus: false,
  });
  const { events, year, scale, base } = query;
  const figures = useMemo(() => {
    if (!data) return [];
    // A chosen base year outside the rows still on screen (while the next view loads) falls back to the automatic one.
    const b = base !== null && base >= data.query.from && base <= data.query.to ? base : null;
    const shown = buildTradeDisplay(data, { scale, base: b }, domains[data.query.reporter]);
    const panels = shown.panels;
    const markers = events ? buildEventMarkers(keyEvents, data.query.from, data.query.to) : [];
    const models = buildTradeCharts(
      panels,
      { markers, highlightYear: year, scale: shown.scale, notes: shown.notes },
      isNarrow() ? "narrow" : "wide",
    );
    return panels.map((panel, i) => ({
      panel,
      model: models[i]!,
      markers,
      tooltip: (y: number) => <ChartTooltipBody panel={panel} year={y} />,
    }));
  }, [data, domains, events, year, scale, base, keyEvents]);
  const staticIsCurrent = sameTradeDrawing(query, serverQuery, domains);

  return (
    <div className="trade-chart-area" aria-busy={isLoading}>
      {error && (
        <p className="notice notice--error" role="alert">
          Could not update the chart: {error instanceof Error ? error.message : String(error)}. The figures below are
          still those of the view in the address bar.
        </p>
      )}
      {figures.length > 0 ? (
        <>
          <div className={figures.length > 1 ? "chart-stack" : undefined}>
            {figures.map(({ model, tooltip }, i) => (
              <figure key={model.id} className="chart-figure" data-interactive="true">
                <h2 className="chart-title">{model.title}</h2>
                <div className="chart-box">
                  <RechartsChart
                    model={model}
                    tooltip={tooltip}
                    initialYear={initialTip?.figure === i ? initialTip.year : null}
                  />
                </div>
                <ChartLegend entries={model.legend} label={`Legend: ${model.title}`} />
              </figure>
            ))}
          </div>
          <ChartEventList markers={figures[0]?.markers ?? []} />
        </>
      ) : staticIsCurrent || !data ? (
        staticCharts
      ) : (
        <div className="chart-box skeleton" aria-label="Loading the chart" />
      )}
    </div>
  );
}
