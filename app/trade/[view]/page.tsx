import { Suspense } from "react";
import { ParamNoticeIsland } from "@/components/param-notice-island";
import { getViewContext, noticeContext, readViewParams } from "@/lib/data/view-context";
import { DEFAULT_VIEW } from "@/lib/url/view-key";
import type { Metadata } from "next";
import { StaticChartPanels } from "@/components/chart/static-chart-panels";
import { TradeExplorer } from "@/components/trade/trade-explorer";
import { TradeDataNotes } from "@/components/trade/trade-data-notes";
import { TradeSources } from "@/components/trade/trade-sources";
import { TradeSummaryText } from "@/components/trade/trade-summary-text";
import { TradeHighlight } from "@/components/trade/trade-highlight";
import { TradeTable } from "@/components/trade/trade-table";
import { getClaims } from "@/lib/data/claims";
import { getKeyEvents } from "@/lib/data/events";
import { getTradeRows } from "@/lib/data/trade";
import { buildTradeDomains } from "@/lib/transform/trade-domains";
import { REPORTER_LABEL } from "@/lib/trade-labels";
import { buildTradeApiRows } from "@/lib/transform/trade-api";
import { buildEventMarkers } from "@/lib/transform/event-links";
import { buildTradeChartPanels } from "@/lib/transform/trade-chart-series";
import { buildTradeFigures } from "@/lib/chart/figures";
import { buildTradeSummary } from "@/lib/transform/trade-summary";
import { buildTradeView } from "@/lib/transform/trade-view";
import { parseTradePageParams, tradeApiKey } from "@/lib/url/trade-params";

/** The default view is prerendered; every other view renders on its first request and is then served from the cache. */
export const dynamicParams = true;
export function generateStaticParams() {
  return [{ view: DEFAULT_VIEW }];
}

export const metadata: Metadata = {
  title: "Trade",
  description:
    "Japan–Cambodia merchandise trade since 1960 as each side reports it (IMF DOTS), with the balance and the sources of every figure.",
};

export default async function TradePage({ params }: { params: Promise<{ view: string }> }) {
  const [rows, claims, keyEvents] = await Promise.all([getTradeRows(), getClaims("trade"), getKeyEvents()]);
  const domains = buildTradeDomains(rows);
  const { query } = parseTradePageParams(await readViewParams("trade", params), (r) => domains[r]);
  const dataQuery = { reporter: query.reporter, from: query.from, to: query.to };
  const view = buildTradeView(rows, dataQuery, domains[query.reporter]);
  const panels = buildTradeChartPanels(view);
  const markers = query.events ? buildEventMarkers(keyEvents, query.from, query.to) : [];
  // Seeds the client's SWR cache with exactly what GET /api/trade returns for this view.
  const fallback = {
    [tradeApiKey(dataQuery, domains)]: { query: dataQuery, rows: buildTradeApiRows(rows, dataQuery) },
  };

  return (
    <>
      <h1>Japan–Cambodia trade since 1960</h1>
      <p className="lede">
        Goods traded each year between Japan and Cambodia, in millions of US dollars, as each country&apos;s customs
        record them and the IMF publishes them. Showing: {REPORTER_LABEL[query.reporter]}, {query.from}–{query.to}.
      </p>
      <Suspense fallback={null}>
        <ParamNoticeIsland
          route="trade"
          ctx={noticeContext("trade", await getViewContext())}
          defaultsText="Showing the default view for those settings."
        />
      </Suspense>
      <TradeExplorer
        query={query}
        domains={domains}
        fallback={fallback}
        keyEvents={keyEvents}
        staticCharts={
          <StaticChartPanels
            figures={buildTradeFigures(panels, { markers, highlightYear: query.year })}
            markers={markers}
          />
        }
      />
      <TradeHighlight panels={panels} year={query.year} />
      <p className="chart-caption">
        Bars: published figures; hatched bars are IMF estimates (“e”). Line: derived by subtraction. Diamonds: press
        reports after the IMF series ends, not joined to it.
        {markers.length > 0 ? " Dashed lines: key events, linked to the timeline." : ""} Hover the chart, or focus it
        and use the arrow keys, to read each year&apos;s values and sources.
      </p>
      <TradeSummaryText summary={buildTradeSummary(view)} reporter={query.reporter} from={query.from} to={query.to} />
      <TradeDataNotes rows={rows} claims={claims} />
      <h2 id="table-heading">The figures</h2>
      <TradeTable view={view} />
      <TradeSources view={view} rows={rows} />
    </>
  );
}
