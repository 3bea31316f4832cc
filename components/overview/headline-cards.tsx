import Link from "next/link";
import { formatUsdAsMillions, formatUsdMillion } from "@/lib/format";
import type { AidHeadline, TradeHeadline } from "@/lib/transform/overview-headlines";
import { buildYearRanges } from "@/lib/transform/aid-series";

const WDI = "World Bank WDI (DC.DAC.JPNL.CD), based on OECD DAC data";

/** Headline figures, each computed from data/ and shown with its year and source. */
export function HeadlineCards({ trade, aid }: { trade: TradeHeadline | null; aid: AidHeadline | null }) {
  return (
    <>
      {trade ? (
        <>
          <h3>Trade in {trade.year}, as Japan reports it</h3>
          <ul className="cards" aria-label={`Trade in ${trade.year}`}>
          <li className="card" data-testid="headline-trade-j2c">
            <span className="muted">Japan → Cambodia, {trade.year}</span>
            <span className="figure">{formatUsdMillion(trade.japanToCambodia.value)}</span>
            <span className="source">Japan&apos;s exports (FOB). Source: IMF, Direction of Trade Statistics, reported by Japan.</span>
          </li>
          <li className="card" data-testid="headline-trade-c2j">
            <span className="muted">Cambodia → Japan, {trade.year}</span>
            <span className="figure">{formatUsdMillion(trade.cambodiaToJapan.value)}</span>
            <span className="source">Japan&apos;s imports (CIF). Source: IMF, Direction of Trade Statistics, reported by Japan.</span>
          </li>
          <li className="card" data-testid="headline-trade-balance">
            <span className="muted">Japan&apos;s trade balance with Cambodia, {trade.year} (derived)</span>
            <span className="figure">{trade.balance < 0 ? "−" : "+"}{formatUsdMillion(Math.abs(trade.balance))}</span>
            <span className="source">
              Derived: exports minus imports above; {trade.balance < 0 ? "a deficit for Japan" : "a surplus for Japan"}. Source: IMF DOTS.{" "}
              <Link href="/trade">Trade view</Link>
            </span>
          </li>
          </ul>
        </>
      ) : null}
      {aid ? (
        <>
          <h3>Japan&apos;s aid</h3>
          <ul className="cards" aria-label="Japan's aid">
          <li className="card" data-testid="headline-aid-latest">
            <span className="muted">Japan&apos;s net aid to Cambodia, {aid.latestYear}</span>
            <span className="figure">USD {formatUsdAsMillions(aid.latestValue)} million</span>
            <span className="source">Net bilateral ODA (loan repayments subtracted). Source: {WDI}.</span>
          </li>
          <li className="card" data-testid="headline-aid-sum">
            <span className="muted">
              Japan&apos;s net aid, {aid.sinceSum.from}–{aid.sinceSum.to} summed (derived)
            </span>
            <span className="figure">{aid.sinceSum.sum === null ? "no data" : `USD ${formatUsdAsMillions(aid.sinceSum.sum)} million`}</span>
            <span className="source">
              Sum of {aid.sinceSum.yearsWithData.length} years with data ({buildYearRanges(aid.sinceSum.yearsWithData)}). Source: {WDI}.{" "}
              <Link href="/aid#cumulative">How this compares with other totals</Link>
            </span>
          </li>
          </ul>
        </>
      ) : null}
    </>
  );
}
