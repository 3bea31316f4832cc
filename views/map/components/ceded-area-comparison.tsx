import { langText } from "@/components/lang-text";
import type { MapAccountTexts } from "@/lib/schemas/map-accounts";
import type { CededAreaSummary } from "@/lib/map/model";
import { formatKm2, formatShare } from "@/lib/map/area-format";

/**
 * The computed ceded area beside the encyclopedia's claim, with the reason they differ. Shares are
 * of the map's province shapes (like for like with the clipped areas); the share of the published
 * area is shown beside it, since the two totals differ.
 */
export function CededAreaComparison({ summary, accounts }: { summary: CededAreaSummary; accounts: MapAccountTexts }) {
  const { claim } = accounts.encyclopedia;
  const feb = accounts.februaryProposal;
  const ref = accounts.referenceArea;
  const bases = (a: CededAreaSummary["treaty"]) => (
    <span data-share-basis>
      {formatShare(a.share)} of the {formatKm2(summary.cambodiaKm2)} of the map&apos;s province shapes (the basis used
      here); {formatShare(a.shareOfReference)} of the {formatKm2(summary.referenceKm2)} usually published for Cambodia
    </span>
  );
  return (
    <section aria-labelledby="ceded-area-title">
      <h2 id="ceded-area-title">How much territory?</h2>
      <ul className="cards map-cards">
        <li className="card" data-card="treaty">
          <span className="figure">≈{formatKm2(summary.treaty.cededKm2)}</span>
          <span>Treaty terms on today&apos;s boundaries:</span>
          {bases(summary.treaty)}
          <span className="source">
            Derived: today&apos;s provinces clipped with the treaty rule (see the map). Boundaries © OpenStreetMap
            contributors via geoBoundaries. Published area: <a href={ref.source.url}>{langText(ref.source.title)}</a>.
          </span>
        </li>
        <li className="card" data-card="encyclopedia">
          <span className="figure">≈{formatKm2(summary.encyclopedia.cededKm2)}</span>
          <span>The encyclopedia account&apos;s provinces taken whole:</span>
          {bases(summary.encyclopedia)}
          <span className="source">Derived from the same boundaries.</span>
        </li>
        <li className="card" data-card="claim">
          <span className="figure">“{claim.areaShare}”</span>
          <span>and “{claim.population}”</span>
          <span className="source">
            Source: <a href={accounts.claimSource.url}>{langText(accounts.claimSource.title)}</a>
          </span>
        </li>
      </ul>
      <p>
        The difference: one third is more than either reading of the 1941 line gives on today&apos;s map. It matches an
        earlier, larger Japanese proposal of February 1941, which {feb.quotedBy} rejected as the cession of “{feb.quote}
        ” (<a href={feb.source.url}>{langText(feb.source.title)}</a>; the proposal itself:{" "}
        <a href={feb.proposalSource.url}>{langText(feb.proposalSource.title)}</a>
        ). The 11 March terms drew a smaller zone. No source read for this site confirms the population figure, so none
        is shown as fact. The areas above are estimates on modern boundaries; the 1941 provincial boundaries were
        different, and the reserved area opposite Stung Treng is not drawn because its extent is not given.
      </p>
    </section>
  );
}
