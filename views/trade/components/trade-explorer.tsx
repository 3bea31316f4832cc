"use client";

import { type ReactNode, useCallback } from "react";
import { ChartAccess } from "@/components/a11y/chart-access";
import { ExportMenu } from "@/components/export/export-menu";
import { ShareMenu } from "@/components/share/share-menu";
import { embedTarget } from "@/views/shared/embed-target";
import { tradeEmbed } from "../embed";
import type { TradeViewData } from "@/views/trade/model/trade-display";
import type { TradeDomains } from "@/lib/transform/trade-domains";
import type { KeyEvent } from "@/lib/schemas/events";
import { type TradePageQuery, buildTradePageSearch, tradeApiKey } from "@/views/trade/search";
import { SettingsPanel } from "@/components/controls/settings-panel";
import { REPORTER_LABEL } from "@/lib/transform/trade-labels";
import { LazyChartArea } from "./lazy-chart-area";
import { TradeControls } from "./trade-controls";
import { useUrlState } from "@/components/controls/use-url-state";

type ViewRows = TradeViewData;
const preloadTradeAdapter = () => void import("@/views/trade/export");

type Props = {
  query: TradePageQuery;
  domains: TradeDomains;
  fallback: Record<string, unknown>;
  keyEvents: KeyEvent[];
  staticCharts: ReactNode;
};

const SCALE_TEXT = { linear: "linear scale", log: "log scale", index: "index (base year = 100)" } as const;

/** The settings of the view in one line: the disclosure's summary, above the figure on a phone. */
function buildTradeSettingsSummary(q: TradePageQuery): string {
  const measure = q.measure === "share" ? "share of each side's trade" : "USD million";
  return `${REPORTER_LABEL[q.reporter]} · ${q.from}–${q.to} · ${measure} · ${SCALE_TEXT[q.scale]}`;
}

/** The interactive part of /trade: the settings and the chart, sharing one view state. */
export function TradeExplorer({ query, domains, fallback, keyEvents, staticCharts }: Props) {
  const toSearch = useCallback((q: TradePageQuery) => buildTradePageSearch(q, domains[q.reporter]), [domains]);
  const [state, setState, pending] = useUrlState(query, toSearch);

  // The export and the chart's keyboard tree and sound read the rows of the view on screen
  // from the same API the chart uses (the browser has them cached), or from the server's
  // seed for the first view; they live here, outside the lazily loaded chart, so they are
  // in place from the first paint.
  const viewKey = tradeApiKey(state, domains);
  const display = { scale: state.scale, base: state.base };
  const loadView = async (): Promise<ViewRows> => {
    const seeded = fallback[viewKey] as ViewRows | undefined;
    if (seeded) return seeded;
    const res = await fetch(viewKey);
    if (!res.ok) throw new Error(`the data for this view could not be loaded (${res.status})`);
    return (await res.json()) as ViewRows;
  };
  const getAccessInput = async () => {
    const [{ buildTradeAccessInput }, view] = await Promise.all([import("@/views/trade/a11y"), loadView()]);
    return buildTradeAccessInput(view, display, domains[view.query.reporter]);
  };
  const getFigure = async () => {
    const [{ buildTradeExportFigure }, view] = await Promise.all([import("@/views/trade/export"), loadView()]);
    return buildTradeExportFigure({
      rows: view.rows,
      query: view.query,
      domain: domains[view.query.reporter],
      origin: window.location.origin,
      display,
      events: state.events,
      keyEvents: state.events ? keyEvents : [],
      highlightYear: state.year,
    });
  };

  return (
    <>
      <SettingsPanel summary={buildTradeSettingsSummary(state)}>
        <TradeControls query={state} domains={domains} onChange={setState} busy={pending} />
      </SettingsPanel>
      <ChartAccess label="Trade chart" getInput={getAccessInput} viewKey={toSearch(state)}>
        <LazyChartArea
          query={state}
          domains={domains}
          staticCharts={staticCharts}
          serverQuery={query}
          fallback={fallback}
          keyEvents={keyEvents}
        />
      </ChartAccess>
      <ExportMenu label="this chart" getFigure={getFigure} preload={preloadTradeAdapter} />
      <ShareMenu
        embed={embedTarget("trade", tradeEmbed)}
        label="this chart"
        getFigure={getFigure}
        preload={preloadTradeAdapter}
      />
    </>
  );
}
