import { IntentLink } from "@/components/intent-link";
import { formatUsdAsMillions } from "@/lib/format";
import { SUM_BASIS, buildYearRanges } from "@/lib/transform/aid-series";
import type { AidHeadline } from "@/views/overview/model/overview-headlines";

const WDI = "World Bank WDI (DC.DAC.JPNL.CD), based on OECD DAC data";

/** Aid headline figures, each computed from data/ and shown with its year and source. */
export function AidHeadlineCards({ aid }: { aid: AidHeadline | null }) {
  if (!aid) return null;
  const { sinceSum } = aid;
  return (
    <section aria-labelledby="aid-headline-heading">
      <h2 id="aid-headline-heading">Japan&apos;s aid</h2>
      <ul className="cards">
        <li className="card" data-testid="headline-aid-latest">
          <span className="label">Japan&apos;s net aid to Cambodia, {aid.latestYear}</span>
          <span className="figure">USD {formatUsdAsMillions(aid.latestValue)} million</span>
          <span className="source">Net bilateral ODA (loan repayments subtracted). Source: {WDI}.</span>
        </li>
        <li className="card" data-testid="headline-aid-sum">
          <span className="label">
            Japan&apos;s net aid, {sinceSum.from}–{sinceSum.to} summed (derived)
          </span>
          <span className="figure">
            {sinceSum.sum === null ? "no data" : `USD ${formatUsdAsMillions(sinceSum.sum)} million`}
          </span>
          <span className="source">
            Sum of {sinceSum.yearsWithData.length} years with data ({buildYearRanges(sinceSum.yearsWithData)}), in{" "}
            {SUM_BASIS}. Source: {WDI}.
          </span>
        </li>
      </ul>
      <p>
        <IntentLink href="/aid">Japan&apos;s aid year by year →</IntentLink> ·{" "}
        <IntentLink href="/aid#cumulative">How this sum compares with other totals →</IntentLink>
      </p>
    </section>
  );
}
