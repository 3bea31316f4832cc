import { SourceLink } from "@/components/source-link";
import type { ClaimRow } from "@/lib/schemas/claims";
import type { TradeRow } from "@/lib/schemas/trade";
import { formatNumber } from "@/lib/format";
import { SERIES_SHORT } from "@/lib/transform/trade-labels";
import { SourcePairList } from "@/components/source-pair";
import { buildTradeTotalPairs } from "@/lib/transform/source-pairs";

const find = (rows: readonly TradeRow[], series: TradeRow["series"], flow: TradeRow["flow"], year: number) =>
  rows.find((r) => r.series === series && r.flow === flow && r.year === year) ?? null;

/**
 * Two notes readers need: the 2006 figures of the English Wikipedia article against
 * IMF DOTS (directions appear swapped; both shown), and the early-1990s spikes.
 * Every figure is looked up in the data, none is typed here.
 */
export function TradeDataNotes({ rows, claims }: { rows: readonly TradeRow[]; claims: readonly ClaimRow[] }) {
  const j2c2006 = find(rows, "imf_dots_japan_reported", "japan_to_cambodia", 2006);
  const c2j2006 = find(rows, "imf_dots_japan_reported", "cambodia_to_japan", 2006);
  const claimJ2C = claims.find((c) => c.id === "trade-2006-japan-to-cambodia");
  const claimC2J = claims.find((c) => c.id === "trade-2006-cambodia-to-japan");
  const spikes = [
    find(rows, "imf_dots_japan_reported", "japan_to_cambodia", 1992),
    find(rows, "imf_dots_japan_reported", "cambodia_to_japan", 1993),
    find(rows, "imf_dots_cambodia_reported", "japan_to_cambodia", 1992),
  ].filter((r): r is TradeRow => r !== null);

  const totalPairs = buildTradeTotalPairs(rows);

  return (
    <section aria-labelledby="notes-heading" className="trade-notes">
      <h2 id="notes-heading">Notes on the data</h2>
      {totalPairs.map((pair) => (
        <div className="notice" key={`${pair.key}-${pair.year}`} data-testid={`note-total-${pair.year}`}>
          <p>
            <strong>
              {pair.year} two-way trade: {pair.sides.length} press reports give different totals (
              {SERIES_SHORT[pair.key as TradeRow["series"]]}).
            </strong>{" "}
            Both are shown with their sources; neither is drawn in the chart.
          </p>
          <SourcePairList pair={pair} testId={`pair-total-${pair.year}`} />
        </div>
      ))}
      {claimJ2C && claimC2J && j2c2006 && c2j2006 && (
        <div className="notice" id="note-2006" data-testid="note-2006">
          <p>
            <strong>2006: two sources, directions apparently swapped.</strong> The English Wikipedia article
            “Cambodia–Japan relations” gives “{claimJ2C.claim}” and “{claimC2J.claim}” (
            <SourceLink title={claimJ2C.sourceTitle} url={claimJ2C.source} />
            ).
          </p>
          <p>
            IMF DOTS, as reported by Japan, gives Japan → Cambodia USD {formatNumber(j2c2006.value)} million and
            Cambodia → Japan USD {formatNumber(c2j2006.value)} million for 2006 ({SERIES_SHORT[j2c2006.series]}).
            Cambodia → Japan is the larger flow in the IMF data, while the article gives the larger yen figure to Japan
            → Cambodia: the directions appear swapped. Both are shown; the yen figures are not converted.
          </p>
        </div>
      )}
      {spikes.length > 0 && (
        <div className="notice" id="note-early-1990s" data-testid="note-early-1990s">
          <p>
            <strong>Early 1990s: one-off spikes, as published.</strong>{" "}
            {spikes.map((r, i) => (
              <span key={`${r.series}-${r.flow}-${r.year}`}>
                {i > 0 ? "; " : ""}
                {r.year} {r.flow === "japan_to_cambodia" ? "Japan → Cambodia" : "Cambodia → Japan"} = USD{" "}
                {formatNumber(r.value)} million ({SERIES_SHORT[r.series]}
                {r.estimate ? ", IMF estimate" : ""})
              </span>
            ))}
            . These values are in the IMF data as published and are not smoothed; choose a range from 1994 to leave them
            out.
          </p>
        </div>
      )}
    </section>
  );
}
