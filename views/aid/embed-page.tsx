import { ChartMarkerKey } from "@/components/chart/chart-event-list";
import { ChartLegend } from "@/components/chart/chart-legend";
import { StaticAidFigure } from "@/views/aid/components/static-aid-figure";
import { EmbedAidControls } from "@/views/aid/components/embed-controls";
import { EmbedFrame } from "@/views/shared/embed-frame";
import { getAidChart } from "@/views/aid/page-model";
import { getViewContext, noticeContext, readEmbedParams } from "@/views/shared/view-context";
import { AID_LICENCE, AID_SOURCES } from "@/views/aid/export";
import "@/views/aid/components/aid.css";

/** The aid chart of a view alone, for other sites to frame: the same figure and legend as /aid. */
export async function AidEmbed({ params }: { params: Promise<{ view: string }> }) {
  const { raw, options, fullHref } = await readEmbedParams("aid", params);
  const { span, query, series, markers, legend } = await getAidChart(raw);
  return (
    <EmbedFrame
      route="aid"
      noticeCtx={noticeContext("aid", await getViewContext())}
      theme={options.theme}
      title={`Japan's net bilateral aid to Cambodia, ${query.from}–${query.to}`}
      fullHref={fullHref}
      sources={AID_SOURCES}
      licence={AID_LICENCE}
    >
      {options.controls && <EmbedAidControls query={query} span={span} embed={options} />}
      <figure className="chart-figure">
        <ChartLegend entries={legend} label="Legend" />
        <div className="chart-box" role="group" aria-label="Aid chart">
          <StaticAidFigure series={series} markers={markers} highlightYear={query.year} />
        </div>
        <ChartMarkerKey markers={markers} />
      </figure>
    </EmbedFrame>
  );
}
