import { SourcePairList } from "@/components/source-pair";
import type { SourcePair } from "@/lib/transform/source-pairs";

/** CDC's cumulative totals of approved Japanese investment where two documents of the same year differ. */
export function FdiCumulativePairs({ pairs }: { pairs: SourcePair[] }) {
  if (pairs.length === 0) return null;
  return (
    <section aria-labelledby="fdi-cumulative-h" className="panel" data-testid="fdi-cumulative">
      <h3 id="fdi-cumulative-h">Cumulative Japanese investment approved by CDC: sources differ</h3>
      {pairs.map((pair) => (
        <div key={pair.year}>
          <p>
            {pair.year}: {pair.sides.length} figures from the Council for the Development of Cambodia, as reported, for
            different cut-off dates and project counts. Both are shown; neither is preferred.
          </p>
          <SourcePairList pair={pair} testId={`pair-fdi-${pair.year}`} />
        </div>
      ))}
    </section>
  );
}
