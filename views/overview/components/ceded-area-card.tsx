import { IntentLink } from "@/components/intent-link";
import { formatKm2, formatShare } from "@/lib/map/area-format";
import type { CededAreaSummary } from "@/lib/data/geo";

/** The area ceded in 1941, as the map view computes it from the treaty terms and today's boundaries. */
export function CededAreaCard({ summary }: { summary: CededAreaSummary }) {
  return (
    <section aria-labelledby="ceded-headline-heading">
      <h2 id="ceded-headline-heading">The 1941 cession</h2>
      <ul className="cards">
        <li className="card" data-testid="headline-ceded-area">
          <span className="label">Area ceded to Thailand in 1941, treaty terms (derived)</span>
          <span className="figure">≈{formatKm2(summary.treaty.cededKm2)}</span>
          <span className="source">
            {formatShare(summary.treaty.share)} of Cambodia&apos;s {formatKm2(summary.cambodiaKm2)}: today&apos;s
            provinces clipped with the March 1941 treaty rule, an estimate on modern boundaries. Source: Mediation terms
            of 11 March 1941; boundaries © OpenStreetMap contributors via geoBoundaries.
          </span>
        </li>
        <li className="card" data-testid="headline-ceded-area-encyclopedia">
          <span className="label">The same, the encyclopedia&apos;s provinces taken whole (derived)</span>
          <span className="figure">≈{formatKm2(summary.encyclopedia.cededKm2)}</span>
          <span className="source">
            {formatShare(summary.encyclopedia.share)} of Cambodia. Source: English Wikipedia&apos;s list of provinces,
            same boundaries.
          </span>
        </li>
      </ul>
      <p>
        <IntentLink href="/map?phase=annexed">The map of the annexed provinces →</IntentLink>
      </p>
    </section>
  );
}
