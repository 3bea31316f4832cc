import { Suspense } from "react";
import { ParamNoticeIsland } from "@/views/shared/param-notice-island";
import { getViewContext, noticeContext, readViewParams } from "@/views/shared/view-context";
import { ViewFoot } from "@/components/view-foot";
import { getViewSeo } from "@/views/shared/view-seo";
import { AidExplorer } from "@/views/aid/components/aid-explorer";
import { AidSectors } from "@/views/aid/components/aid-sectors";
import { AidSources } from "@/views/aid/components/aid-sources";
import { AidSummaryText } from "@/views/aid/components/aid-summary-text";
import { AidTable } from "@/views/aid/components/aid-table";
import { ArticleAidComparison, CumulativeClaimsTable } from "@/views/aid/components/cumulative-claims";
import { Fy2006Breakdown } from "@/views/aid/components/fy2006-breakdown";
import { PressFigures } from "@/views/aid/components/press-figures";
import { ChartLegend } from "@/components/chart/chart-legend";
import { ChartEventList } from "@/components/chart/chart-event-list";
import { StaticAidFigure } from "@/views/aid/components/static-aid-figure";
import "@/views/aid/components/aid.css";
import { getClaims } from "@/lib/data/claims";
import { getAidChart } from "@/views/aid/page-model";
import { getAidMilestones, getAidPressRows, getAidSingleRows, getAidWdiSource, getAidYearlyRows } from "@/lib/data/aid";
import { buildMilestoneComparisons } from "@/views/aid/model/aid-milestones";
import { SMALL_TOTAL_CAVEAT, buildPeriodSum, isShareOfSmallTotal } from "@/lib/transform/aid-series";
import { aidServer } from "./server";

/** The article's claim is compared with the sum to 2006 (its aid paragraph cites the 2006 agreement) and to 2016 (the snapshot's date). */
const ARTICLE_END_YEARS = [2006, 2016] as const;

export async function AidPage({ params }: { params: Promise<{ view: string }> }) {
  const {
    span,
    query: view,
    series,
    keyEvents,
    markers,
    legend,
    fallback,
  } = await getAidChart(await readViewParams("aid", params));
  const [yearly, single, milestones, press, wdi, aidClaims] = await Promise.all([
    getAidYearlyRows(),
    getAidSingleRows(),
    getAidMilestones(),
    getAidPressRows(),
    getAidWdiSource(),
    getClaims("aid"),
  ]);
  const comparisons = buildMilestoneComparisons(milestones, yearly);
  const articleClaim = milestones.find(
    (m) => m.category === "total_oda" && m.periodStart === "1992" && m.sourceTitle.includes("English Wikipedia"),
  );
  const small = series.filter(isShareOfSmallTotal);
  const fy = single.find((r) => r.year === 2006 && r.category === "total_disbursed");

  return (
    <>
      <h1>
        Japan&apos;s aid to Cambodia, {view.from}–{view.to}
      </h1>
      <Suspense fallback={null}>
        <ParamNoticeIsland
          route="aid"
          ctx={noticeContext("aid", await getViewContext())}
          defaultsText="Showing the default view for those settings."
        />
      </Suspense>
      <AidExplorer
        query={view}
        span={span}
        keyEvents={keyEvents}
        fallback={fallback}
        legend={
          <>
            <ChartLegend entries={legend} label="Legend" />
            <figcaption className="chart-caption">
              Net bilateral official development assistance from Japan to Cambodia, current US dollars, calendar years.{" "}
              <strong>Net</strong> means loan repayments are subtracted. Source: World Bank, World Development
              Indicators (DC.DAC.JPNL.CD; all DAC donors DC.DAC.TOTL.CD), based on OECD DAC data. Data:{" "}
              <a href={`/api/aid?from=${view.from}&to=${view.to}&format=csv`}>CSV</a>,{" "}
              <a href={`/api/aid?from=${view.from}&to=${view.to}`}>JSON</a>.
              {small.length > 0 ? (
                <span data-testid="aid-small-total-note">
                  {" "}
                  Japan&apos;s share in {small.map((p) => p.year).join(", ")} is {SMALL_TOTAL_CAVEAT}: all DAC donors
                  together gave Cambodia less than USD 1 million in those years.
                </span>
              ) : null}
            </figcaption>
          </>
        }
      >
        <StaticAidFigure series={series} markers={markers} highlightYear={view.year} />
      </AidExplorer>
      {/* After the figure: on a phone the figure comes first, under the title and the settings' summary. */}
      <AidSummaryText series={series} from={view.from} to={view.to} />
      <ChartEventList markers={markers} />

      <h2 id="table">The figures</h2>
      <AidTable series={series} />

      <h2 id="fy2006">Japan&apos;s aid by scheme, fiscal year 2006</h2>
      <Fy2006Breakdown rows={single} />

      <h2 id="cumulative">Cumulative totals: what each source claims</h2>
      <p>
        Sources give very different totals for Japan&apos;s aid. They are not all wrong: they measure different things.
        A <strong>commitment</strong> (exchange of notes) counts money promised; a <strong>net disbursement</strong>{" "}
        counts money paid out minus loan repayments. Periods differ (calendar years against Japanese fiscal years,
        April–March), and some figures are in yen, which we do not convert. For loans in FY1993–FY2014, for example, the
        commitment was USD 868.53 million but the net disbursement USD 190 million. We show each claim as printed beside
        the WDI sum for the same years, and do not pick a winner. Every sum here adds current US dollars of different
        years: a dollar of 1995 and one of 2023 count the same, with no adjustment for inflation.
      </p>
      {articleClaim ? (
        <ArticleAidComparison
          data={{ claim: articleClaim, sums: ARTICLE_END_YEARS.map((end) => buildPeriodSum(yearly, 1992, end)) }}
        />
      ) : null}
      <CumulativeClaimsTable rows={comparisons} />

      <h2 id="pledges">Pledges, plans and signed agreements</h2>
      <p>
        These are promises or commitments reported in the press, not money disbursed. They are listed here and never
        drawn on the chart.
      </p>
      <PressFigures press={press} single={single} />

      <h2 id="sectors">Demining and other sectors</h2>
      <AidSectors milestones={milestones} claim={aidClaims.find((c) => c.check === "aid-sectors")} />

      <AidSources wdi={wdi} fy={fy} />
      <ViewFoot seo={await getViewSeo(aidServer, (await params).view)} />
    </>
  );
}
