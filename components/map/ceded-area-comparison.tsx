import { ENCYCLOPEDIA_CLAIM, ENCYCLOPEDIA_SOURCES } from "@/lib/map/accounts";
import type { CededAreaSummary } from "@/lib/map/model";
import { formatKm2, formatShare } from "./view-state";

const FRUS_89 = "https://history.state.gov/historicaldocuments/frus1941v05/d89";
const FRUS_91 = "https://history.state.gov/historicaldocuments/frus1941v05/d91";

/** The computed ceded area beside the encyclopedia's claim, with the reason they differ. */
export function CededAreaComparison({ summary }: { summary: CededAreaSummary }) {
  const encSource = ENCYCLOPEDIA_SOURCES[0]!;
  return (
    <section aria-labelledby="ceded-area-title">
      <h2 id="ceded-area-title">How much territory?</h2>
      <ul className="cards map-cards">
        <li className="card">
          <span className="figure">≈{formatKm2(summary.treaty.cededKm2)}</span>
          <span>
            {formatShare(summary.treaty.share)} of Cambodia ({formatKm2(summary.cambodiaKm2)}), treaty terms on
            today&apos;s boundaries
          </span>
          <span className="source">
            Derived: today&apos;s provinces clipped with the treaty rule (see the map). Boundaries © OpenStreetMap
            contributors via geoBoundaries.
          </span>
        </li>
        <li className="card">
          <span className="figure">≈{formatKm2(summary.encyclopedia.cededKm2)}</span>
          <span>
            {formatShare(summary.encyclopedia.share)} of Cambodia, the encyclopedia account&apos;s provinces taken whole
          </span>
          <span className="source">Derived from the same boundaries.</span>
        </li>
        <li className="card">
          <span className="figure">“{ENCYCLOPEDIA_CLAIM.areaShare}”</span>
          <span>and “{ENCYCLOPEDIA_CLAIM.population}”</span>
          <span className="source">
            Source: <a href={encSource.url}>{encSource.title}</a>
          </span>
        </li>
      </ul>
      <p>
        The difference: one third is more than either reading of the 1941 line gives on today&apos;s map. It matches an
        earlier, larger Japanese proposal of February 1941, which France rejected as the cession of “approximately one
        third of Cambodia with four hundred thousand inhabitants” (<a href={FRUS_89}>FRUS 1941 vol. V, doc. 89</a>; the
        proposal itself: <a href={FRUS_91}>doc. 91</a>). The 11 March terms drew a smaller zone. No source read for this
        site confirms the population figure, so none is shown as fact. The areas above are estimates on modern
        boundaries; the 1941 provincial boundaries were different, and the reserved area opposite Stung Treng is not
        drawn because its extent is not given.
      </p>
    </section>
  );
}
