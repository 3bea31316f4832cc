import { ChartMarkerKey } from "@/components/chart/chart-event-list";
import { StaticTradeFigures } from "@/views/trade/components/static-trade-figures";
import { EmbedTradeControls } from "@/views/trade/components/embed-controls";
import { EmbedFrame } from "@/views/shared/embed-frame";
import { getTradePage } from "@/views/trade/page-model";
import { getViewContext, noticeContext, readEmbedParams } from "@/views/shared/view-context";
import { buildTradeCredits } from "@/views/trade/export";
import { REPORTER_LABEL } from "@/lib/transform/trade-labels";
import { buildShownRange } from "@/views/trade/model/trade-display";

/** The trade figure of a view alone, for other sites to frame: the same static panels as /trade. */
export async function TradeEmbed({ params }: { params: Promise<{ view: string }> }) {
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
