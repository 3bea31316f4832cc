import { IntentLink } from "@/components/intent-link";
import type { ReactNode } from "react";
import { formatNumber } from "@/lib/format";
import { SourceLink } from "@/components/source-link";
import { buildPressAfterImf, buildTradeHeadline } from "@/lib/transform/trade-headline";

const PRESS_FLOW = {
  japan_to_cambodia: "Japan → Cambodia",
  cambodia_to_japan: "Cambodia → Japan",
  total_bilateral: "two-way",
} as const;

/**
 * Headline trade figures for the overview: latest year, both directions and the balance, with
 * the source. Rows come from the page; `more` adds cards (e.g. each side's share of the other's trade).
 */
export function TradeHeadline({ rows, more }: { rows: Parameters<typeof buildTradeHeadline>[0]; more?: ReactNode }) {
  const headline = buildTradeHeadline(rows);
  if (!headline) return null;
  const source = `Source: IMF, Direction of Trade Statistics, as reported by Japan (${headline.year}).`;
  const press = buildPressAfterImf(rows, headline.year);
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
      {press.length > 0 ? (
        <p data-testid="trade-headline-press">
          Later years, from press reports of JETRO&apos;s Japan-side figures (press figures, not IMF; shown apart on the
          chart):{" "}
          {press.map((y, i) => (
            <span key={y.year} data-year={y.year}>
              {i > 0 ? "; " : null}
              <strong>{y.year}</strong>:{" "}
              {y.figures.map((f, j) => `${j > 0 ? ", " : ""}${PRESS_FLOW[f.flow]} USD ${formatNumber(f.value)} m`)} (
              {[...new Map(y.figures.map((f) => [f.source, f])).values()].map((f, j) => (
                <span key={f.source}>
                  {j > 0 ? "; " : null}
                  <SourceLink title={f.sourceTitle} url={f.source} />
                </span>
              ))}
              )
            </span>
          ))}
          .
        </p>
      ) : null}
      <p>
        <IntentLink href="/trade">Trade since 1960, as each side reports it →</IntentLink>
      </p>
    </section>
  );
}
