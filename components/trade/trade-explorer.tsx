"use client";

import { type ReactNode, useCallback } from "react";
import type { TradeDomains } from "@/lib/data/trade-domains";
import { type TradeQuery, buildTradeSearch } from "@/lib/url/trade-params";
import { LazyChartArea } from "./lazy-chart-area";
import { TradeControls } from "./trade-controls";
import { useUrlState } from "./use-url-state";

/** The interactive part of /trade: the settings and the chart, sharing one view state. */
export function TradeExplorer({ query, domains, fallback, staticCharts }: { query: TradeQuery; domains: TradeDomains; fallback: Record<string, unknown>; staticCharts: ReactNode }) {
  const toSearch = useCallback((q: TradeQuery) => buildTradeSearch(q, domains[q.reporter]), [domains]);
  const [state, setState, pending] = useUrlState(query, toSearch);
  return (
    <>
      <TradeControls query={state} domains={domains} onChange={setState} busy={pending} />
      <LazyChartArea query={state} domains={domains} staticCharts={staticCharts} serverQuery={query} fallback={fallback} />
    </>
  );
}
