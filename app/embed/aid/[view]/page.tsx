import { ChartMarkerKey } from "@/components/chart/chart-event-list";
import type { Metadata } from "next";
import { ChartLegend } from "@/components/chart/chart-legend";
import { StaticAidFigure } from "@/views/aid/components/static-aid-figure";
import { EmbedAidControls } from "@/components/embed/embed-controls";
import { EmbedFrame } from "@/components/embed/embed-frame";
import { getAidChart } from "@/views/aid/page-model";
import { getViewContext, noticeContext, readEmbedParams } from "@/lib/data/view-context";
import { AID_LICENCE, AID_SOURCES } from "@/views/aid/export";
import { DEFAULT_VIEW } from "@/lib/url/view-key";
import "@/views/aid/components/aid.css";

/** Cached like the full views: the default embed is prerendered, every other one renders once. */
export const dynamicParams = true;
export function generateStaticParams() {
  return [{ view: DEFAULT_VIEW }];
}

export const metadata: Metadata = { title: "Aid (embed)", robots: { index: false } };

/** The aid chart of a view alone, for other sites to frame: the same figure and legend as /aid. */
export default async function AidEmbed({ params }: { params: Promise<{ view: string }> }) {
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
