import { Suspense } from "react";
import { ViewFoot } from "@/components/view-foot";
import { getViewSeo } from "@/views/shared/view-seo";
import { ChartLegend } from "@/components/chart/chart-legend";
import { StaticRegionFigure } from "@/views/region/components/static-region-figure";
import { ParamNoticeIsland } from "@/views/shared/param-notice-island";
import { RegionAidSums, RegionDacShares } from "@/views/region/components/region-aid-tables";
import { RegionExplorer } from "@/views/region/components/region-explorer";
import { RegionSources } from "@/views/region/components/region-sources";
import { RegionSummary } from "@/views/region/components/region-summary";
import { RegionTable } from "@/views/region/components/region-table";
import "@/views/region/components/region.css";
import { buildRegionChartSpec } from "@/views/region/figure";
import { getRegionInput } from "@/lib/data/region";
import { REGION_HEADING } from "@/lib/region/partners";
import { getViewContext, noticeContext, readViewParams } from "@/views/shared/view-context";
import { buildRegionPayload } from "@/views/region/model/region-api";
import { parseRegionParams } from "@/views/region/params";
import { regionApiHref } from "@/views/region/search";
import { regionServer } from "./server";

export async function RegionPage({ params }: { params: Promise<{ view: string }> }) {
  const ctx = await getViewContext();
  const { query: view } = parseRegionParams(await readViewParams("region", params), ctx.regionSpans);
  const data = buildRegionPayload(await getRegionInput(), view);
  // The legend, description and notes of the figure StaticRegionFigure draws.
  const spec = buildRegionChartSpec(data, { scale: view.scale });
  const notes = spec.notes;

  return (
    <>
      <h1>
        Cambodia among its neighbours: {REGION_HEADING[view.measure]} five mainland Southeast Asian partners,{" "}
        {view.from}–{view.to}
      </h1>
      <Suspense fallback={null}>
        <ParamNoticeIsland
          route="region"
          ctx={noticeContext("region", ctx)}
          defaultsText="Showing the default view for those settings."
        />
      </Suspense>
      <RegionExplorer
        query={view}
        spans={ctx.regionSpans}
        legend={
          <>
            <ChartLegend entries={spec.legend} label="Legend" />
            <figcaption className="chart-caption">
              {spec.description} Source:{" "}
              {view.measure === "aid"
                ? "World Bank, World Development Indicators (DC.DAC.JPNL.CD), based on OECD DAC data"
                : "IMF, Direction of Trade Statistics, as reported by Japan"}
              . Names as the sources give them (see <a href="#names">names</a>). Data:{" "}
              <a href={regionApiHref(view, "csv")}>CSV</a>, <a href={regionApiHref(view)}>JSON</a>.
              {notes.map((n) => (
                <span key={n} className="region-note" data-testid="chart-note">
                  {" "}
                  {n}
                </span>
              ))}
            </figcaption>
          </>
        }
      >
        {/* Only what the figure reads: the API body's standing table (about 14 KB) stays on the server. */}
        <StaticRegionFigure
          input={{ measure: data.measure, years: data.years, series: data.series }}
          scale={view.scale}
        />
      </RegionExplorer>
      {/* After the figure: on a phone the figure comes first, under the title and the settings' summary. */}
      <RegionSummary data={data} />

      <h2 id="table">The figures, and Cambodia&apos;s rank and share</h2>
      <RegionTable data={data} />

      {view.measure === "aid" ? (
        <>
          <h2 id="sums">
            Japan&apos;s net aid summed over {view.from}–{view.to}
          </h2>
          <RegionAidSums data={data} />
          <h2 id="dac-share">Japan&apos;s share of all DAC donors&apos; aid</h2>
          <RegionDacShares data={data} />
        </>
      ) : (
        <p>
          Japan&apos;s net aid to the same five, its sums over a range and Japan&apos;s share of all DAC donors:{" "}
          <a href="/region?measure=aid">the aid view</a>.
        </p>
      )}

      <RegionSources />
      <ViewFoot seo={await getViewSeo(regionServer, (await params).view)} />
    </>
  );
}
