import { IntentLink } from "@/components/intent-link";
import type { ReactNode } from "react";
import { formatNumber } from "@/lib/format";
import { buildTradeHeadline } from "@/lib/transform/trade-headline";

/**
 * Headline trade figures for the overview: latest year, both directions and the balance, with
 * the source. Rows come from the page; `more` adds cards (e.g. each side's share of the other's trade).
 */
export function TradeHeadline({ rows, more }: { rows: Parameters<typeof buildTradeHeadline>[0]; more?: ReactNode }) {
  const headline = buildTradeHeadline(rows);
  if (!headline) return null;
  const source = `Source: IMF, Direction of Trade Statistics, as reported by Japan (${headline.year}).`;
  return (
    <section aria-labelledby="trade-headline-heading" data-testid="trade-headline">
      <h2 id="trade-headline-heading">Trade in {headline.year}</h2>
      <ul className="cards">
        <li className="card">
          <span className="label">Japan → Cambodia (Japan&apos;s exports, FOB)</span>
          <span className="figure">USD {formatNumber(headline.japanToCambodia)} m</span>
          <span className="source">{source}</span>
        </li>
        <li className="card">
          <span className="label">Cambodia → Japan (Japan&apos;s imports, CIF)</span>
          <span className="figure">USD {formatNumber(headline.cambodiaToJapan)} m</span>
          <span className="source">{source}</span>
        </li>
        <li className="card">
          <span className="label">Balance for Japan (derived: exports minus imports)</span>
          <span className="figure">USD {formatNumber(headline.balance)} m</span>
          <span className="source">Derived from the two figures above.</span>
        </li>
        {more}
      </ul>
      <p>
        <IntentLink href="/trade">Trade since 1960, as each side reports it →</IntentLink>
      </p>
    </section>
  );
}
