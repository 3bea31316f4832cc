import { formatNumber, formatUsdAsMillions } from "@/lib/format";
import { formatRank, formatShare, joinNames } from "@/lib/region/format";
import { PARTNER_LABEL } from "@/lib/region/partners";
import type { RegionPayload } from "@/views/region/model/region-api";
import type { RegionAidSum } from "@/views/region/model/region-aid";
import { SUM_BASIS } from "@/lib/transform/aid-series";
import { latestStanding } from "@/lib/transform/region-series";

/**
 * Where Cambodia's sum covers fewer years than the others' (no figure for 1984–1987), the rank
 * compares sums of different lengths: say so next to it.
 */
function sumYearsNote(khm: RegionAidSum, sums: readonly RegionAidSum[]): string {
  const others = sums.filter((s) => s.partner !== "KHM").map((s) => s.yearsWithData);
  const most = Math.max(...others);
  if (khm.yearsWithData >= most) return "";
  const same = others.every((n) => n === most);
  return `, over ${khm.yearsWithData} years with a figure against ${same ? most : `up to ${most}`} for the others`;
}

const FLOW_TEXT = { exports: "Japan's exports", imports: "Japan's imports", aid: "Japan's net bilateral ODA" } as const;

/** Server-rendered sentence on where Cambodia stands in the view's latest year, computed from the data. */
export function RegionSummary({ data }: { data: RegionPayload }) {
  const latest = latestStanding(data.standing);
  const aid = data.measure === "aid";
  const money = (v: number) => (aid ? `USD ${formatUsdAsMillions(v)} million` : `USD ${formatNumber(v)} million`);
  if (!latest || latest.value === null || latest.rank === null)
    return (
      <p className="lede" data-testid="region-summary">
        There is no figure for Cambodia between {data.from} and {data.to}.
      </p>
    );
  // Compared with the first year in which all five have a figure, so both shares are of the same five.
  const first = data.standing.find((s) => s.sharePct !== null && s.reported === 5 && s.year < latest.year);
  // Sums are over the selected partners; Cambodia's place among them is only "of the five" when all are selected.
  const sums = data.aidSums && data.partners.length === 5 ? data.aidSums : null;
  const khmSum = sums?.find((x) => x.partner === "KHM");
  const sumRank = sums ? sums.findIndex((x) => x.partner === "KHM") + 1 : 0;
  const ahead = latest.ahead.map((a) => `${PARTNER_LABEL[a.partner]} (${money(a.value)})`);
  return (
    <p className="lede" data-testid="region-summary">
      In {latest.year}, Cambodia was <strong>{formatRank(latest.rank)}</strong> of the{" "}
      {latest.reported === 5 ? "five partners" : `${latest.reported} partners with a figure that year`} in{" "}
      {FLOW_TEXT[data.measure]}, at {money(latest.value)}
      {ahead.length > 0 ? <>, after {joinNames(ahead)}</> : null}.
      {latest.sharePct !== null ? (
        <>
          {" "}
          That was {formatShare(latest.sharePct)} of {FLOW_TEXT[data.measure]}{" "}
          {data.measure === "imports" ? "from" : "to"} {latest.reported === 5 ? "the five" : `those ${latest.reported}`}{" "}
          (derived)
          {first?.sharePct != null ? (
            <>
              , against {formatShare(first.sharePct)} in {first.year} (the first year in the range with a figure for all
              five, so both shares are of the same five)
            </>
          ) : null}
          .
        </>
      ) : null}
      {khmSum && sumRank > 0 ? (
        <>
          {" "}
          Summed over {data.from}–{data.to}, Japan&apos;s net aid to Cambodia was USD{" "}
          {formatUsdAsMillions(khmSum.sumUsd)} million (derived, in {SUM_BASIS}), {formatRank(sumRank)} of the five
          {sumYearsNote(khmSum, sums!)}.
        </>
      ) : null}
    </p>
  );
}
