import type { Metadata } from "next";
import { IntentLink } from "@/components/intent-link";
import { CededAreaCard } from "@/views/overview/components/ceded-area-card";
import { ClaimsPanel } from "@/views/overview/components/claims-panel";
import { AidHeadlineCards } from "@/views/overview/components/headline-cards";
import { RegionRankCard } from "@/views/overview/components/region-rank-card";
import { TradeHeadline } from "@/views/overview/components/trade-headline";
import { ViewPreviews } from "@/views/overview/components/view-previews";
import { IndicatorPanels } from "@/views/overview/components/indicator-panels";
import { FdiCumulativePairs } from "@/views/overview/components/fdi-cumulative-pairs";
import { buildIndicatorPairs } from "@/lib/transform/source-pairs";
import "@/views/overview/components/overview.css";
import { getAidMilestones, getAidYearSpan, getAidYearlyRows } from "@/lib/data/aid";
import { getClaims } from "@/lib/data/claims";
import { getEvents, getKeyEvents } from "@/lib/data/events";
import { getCededAreaSummary } from "@/lib/data/geo";
import { getIndicatorRows } from "@/lib/data/indicators";
import { getRegionInput } from "@/lib/data/region";
import { getTradeRows, getWorldTradeRows } from "@/lib/data/trade";
import { TradeImportanceCard } from "@/views/overview/components/trade-importance-card";
import { buildTradeShares } from "@/lib/transform/trade-share";
import { SITE } from "@/lib/site";
import { buildPeriodSum } from "@/lib/transform/aid-series";
import { buildIndicatorPanels } from "@/views/overview/model/indicator-panels";
import { buildAidHeadline } from "@/views/overview/model/overview-headlines";
import { buildRegionHeadline } from "@/lib/transform/region-series";
import { buildYearDomain } from "@/lib/transform/trade-series";

export const metadata: Metadata = {
  alternates: { canonical: "/" },
  openGraph: { type: "website", siteName: SITE.name, title: SITE.name, description: SITE.description, url: "/" },
};

/** Since the Paris Peace Agreements and the Tokyo reconstruction conference, Japan's aid is continuous. */
const AID_SINCE = 1992;

export default async function OverviewPage() {
  const [tradeRows, worldRows, allClaims, aidRows, milestones, aidSpan, events, keyEvents, indicators, ceded] =
    await Promise.all([
      getTradeRows(),
      getWorldTradeRows(),
      getClaims(),
      getAidYearlyRows(),
      getAidMilestones(),
      getAidYearSpan(),
      getEvents(),
      getKeyEvents(),
      getIndicatorRows(),
      getCededAreaSummary(),
    ]);
  const aid = buildAidHeadline(aidRows, AID_SINCE);
  const region = buildRegionHeadline(await getRegionInput());
  const tradeDomain = buildYearDomain(tradeRows, "japan");
  const tradeClaims = allClaims.filter((c) => c.check === "trade-2006");
  // The IMF figures for the year the article's trade claim is about.
  const claimYear = tradeClaims[0]?.year;
  const dotsRow = (flow: string) =>
    tradeRows.find((r) => r.series === "imf_dots_japan_reported" && r.year === claimYear && r.flow === flow);
  const j2c = dotsRow("japan_to_cambodia");
  const c2j = dotsRow("cambodia_to_japan");
  const aidClaim =
    milestones.find(
      (m) => m.category === "total_oda" && m.periodStart === "1992" && m.sourceTitle.includes("English Wikipedia"),
    ) ?? null;

  return (
    <>
      <h1>{SITE.name}</h1>
      <p className="lede">
        Japan and Cambodia have traded since Cambodian ships reached Kyushu in the sixteenth century. In the twentieth,
        Japan brokered the 1941 settlement that handed western Cambodia to Thailand and stationed troops in the country
        during the war; since the peace agreements of 1991 it has been a major aid donor. This site puts the figures
        side by side, each with its source, and shows where sources disagree.
      </p>

      <TradeHeadline
        rows={tradeRows}
        more={
          <TradeImportanceCard
            shares={buildTradeShares(tradeRows, worldRows, "both", buildYearDomain(tradeRows, "both"))}
          />
        }
      />
      <AidHeadlineCards aid={aid} />
      <RegionRankCard imports={region.imports} aid={region.aid} />
      <CededAreaCard summary={ceded} />

      <h2>The views</h2>
      <ViewPreviews
        data={{
          tradeFrom: tradeDomain.from,
          tradeTo: tradeDomain.to,
          aidFrom: aidSpan.first,
          aidTo: aidSpan.last,
          eventCount: events.length,
          firstEventYear: events[0]?.year ?? 0,
          lastEventYear: events[events.length - 1]?.year ?? 0,
          keyEvents,
        }}
      />

      <ClaimsPanel
        data={{
          tradeClaims,
          allClaims,
          dots2006: j2c && c2j ? { j2c, c2j } : null,
          aidClaim,
          aidSums: [2006, 2016].map((end) => buildPeriodSum(aidRows, AID_SINCE, end)),
        }}
      />

      <h2 id="indicators">People and investment</h2>
      <p>
        Smaller series from ministries and the press: only the sourced points are drawn, and where sources give
        different values for the same year, each is shown. See also{" "}
        <IntentLink href="/aid">Japan&apos;s aid</IntentLink>.
      </p>
      <IndicatorPanels panels={buildIndicatorPanels(indicators)} />
      <FdiCumulativePairs pairs={buildIndicatorPairs(indicators, "japanese_fdi_cumulative_cdc")} />
    </>
  );
}
