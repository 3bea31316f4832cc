import { ChartMarkerKey } from "@/components/chart/chart-event-list";
import type { Metadata } from "next";
import { StaticTradeFigures } from "@/views/trade/components/static-trade-figures";
import { EmbedTradeControls } from "@/components/embed/embed-controls";
import { EmbedFrame } from "@/components/embed/embed-frame";
import { getTradePage } from "@/views/trade/page-model";
import { getViewContext, noticeContext, readEmbedParams } from "@/lib/data/view-context";
import { buildTradeCredits } from "@/views/trade/export";
import { REPORTER_LABEL } from "@/lib/trade-labels";
import { buildShownRange } from "@/views/trade/model/trade-display";
import { DEFAULT_VIEW } from "@/lib/url/view-key";

/** Cached like the full views: the default embed is prerendered, every other one renders once. */
export const dynamicParams = true;
export function generateStaticParams() {
  return [{ view: DEFAULT_VIEW }];
}

export const metadata: Metadata = { title: "Trade (embed)", robots: { index: false } };

/** The trade figure of a view alone, for other sites to frame: the same static panels as /trade. */
export default async function TradeEmbed({ params }: { params: Promise<{ view: string }> }) {
  const { raw, options, fullHref } = await readEmbedParams("trade", params);
  const { query, domains, data, share, markers, shown } = await getTradePage(raw);
  const range = buildShownRange(shown, query);
  const credits = buildTradeCredits(data.rows, share);
  return (
    <EmbedFrame
      route="trade"
      noticeCtx={noticeContext("trade", await getViewContext())}
      theme={options.theme}
      title={`Japan–Cambodia trade${share ? " (shares of each side's trade)" : ""}: ${REPORTER_LABEL[query.reporter]}, ${range.from}–${range.to}`}
      fullHref={fullHref}
      sources={credits.sources}
      licence={credits.licence}
    >
      {options.controls && <EmbedTradeControls query={query} domains={domains} embed={options} />}
      <StaticTradeFigures
        data={data}
        view={query}
        domain={domains[query.reporter]}
        markers={markers}
        titles="several"
        eventList={false}
      />
      <ChartMarkerKey markers={markers} />
    </EmbedFrame>
  );
}
