import { Suspense } from "react";
import { ParamNoticeIsland } from "@/views/shared/param-notice-island";
import { getViewContext, noticeContext, readViewParams } from "@/views/shared/view-context";
import { ViewFoot } from "@/components/view-foot";
import { getViewSeo } from "@/views/shared/view-seo";
import { StaticTradeFigures } from "@/views/trade/components/static-trade-figures";
import { TradeExplorer } from "@/views/trade/components/trade-explorer";
import { TradeDataNotes } from "@/views/trade/components/trade-data-notes";
import { TradeSources } from "@/views/trade/components/trade-sources";
import { TradeSummaryText } from "@/views/trade/components/trade-summary-text";
import { TradeHighlight } from "@/views/trade/components/trade-highlight";
import { TradeTable } from "@/views/trade/components/trade-table";
import { ShareSummaryText } from "@/views/trade/components/share-summary-text";
import { ShareTable } from "@/views/trade/components/share-table";
import { IndexTable } from "@/views/trade/components/index-table";
import { ShareSources } from "@/views/trade/components/share-sources";
import { REPORTER_LABEL } from "@/lib/transform/trade-labels";
import { shareKeysFor } from "@/lib/transform/trade-share";
import { getTradePage } from "@/views/trade/page-model";
import { buildTradeSummary } from "@/views/trade/model/trade-summary";
import { buildShownRange } from "@/views/trade/model/trade-display";
import { tradeServer } from "./server";

export async function TradePage({ params }: { params: Promise<{ view: string }> }) {
  const { rows, world, claims, keyEvents, domains, query, view, share, shares, shown, markers, data, fallback } =
    await getTradePage(await readViewParams("trade", params));
  const panels = shown.panels;
  const range = buildShownRange(shown, query);

  return (
    <>
      <h1>Japan–Cambodia trade since 1960</h1>
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
          <StaticTradeFigures data={data} view={query} domain={domains[query.reporter]} markers={markers} />
        }
      />
      {/* After the figure: on a phone the figure comes first, under the title and the settings' summary. */}
      <p className="lede">
        Goods traded each year between Japan and Cambodia, as each country&apos;s customs record them and the IMF
        publishes them
        {share
          ? ": each side's trade with the other as a per cent of its trade with the world (derived from two figures in US dollars)"
          : shown.scale.kind === "index"
            ? ": each series as an index, its base year = 100 (derived from figures in millions of US dollars)"
            : ", in millions of US dollars"}
        . Showing: {REPORTER_LABEL[query.reporter]}, {range.from}–{range.to}
        {share ? ", as a share of each side's trade with the world (derived)" : ""}
        {range.to < query.to ? ` (the derived figures end in ${range.to}, before the end of the range selected)` : ""}.
      </p>
      <TradeHighlight panels={panels} year={query.year} />
      <p className="chart-caption">
        {share
          ? "Bars: shares derived from two published IMF figures (the bilateral flow and the same side's trade with the world); each side has its own axis."
          : "Bars: published figures; hatched bars are IMF estimates (“e”). Line: derived by subtraction. Diamonds: press reports after the IMF series ends, not joined to it."}
        {shown.scale.kind === "log" ? " Logarithmic scale: each gridline is ten times the one below." : ""}
        {shown.scale.kind === "index"
          ? ` Index scale: each series ÷ its ${shown.scale.base} value × 100 (derived).`
          : ""}
        {markers.length > 0 ? " Dashed lines: key events, linked to the timeline." : ""} Hover the chart, or focus it
        and use the arrow keys, to read each year&apos;s values and sources.
      </p>
      {shown.notes.length > 0 && (
        <ul className="chart-notes" data-testid="chart-notes">
          {shown.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {share ? (
        <ShareSummaryText shares={shares} reporter={query.reporter} />
      ) : (
        <TradeSummaryText summary={buildTradeSummary(view)} reporter={query.reporter} from={query.from} to={query.to} />
      )}
      <TradeDataNotes rows={rows} claims={claims} />
      <h2 id="table-heading">The figures</h2>
      {shown.scale.kind === "index" ? (
        <IndexTable panels={panels} base={shown.scale.base} />
      ) : share ? (
        <ShareTable shares={shares} keys={shareKeysFor(query.reporter)} />
      ) : (
        <TradeTable view={view} logScale={shown.scale.kind === "log"} />
      )}
      <TradeSources view={view} rows={rows} />
      {share && <ShareSources world={world} reporter={query.reporter} />}
      <ViewFoot seo={await getViewSeo(tradeServer, (await params).view)} />
    </>
  );
}
