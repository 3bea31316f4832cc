import { IntentLink } from "@/components/intent-link";
import { formatNumber, formatUsdAsMillions } from "@/lib/format";
import { formatRank } from "@/lib/region/format";
import type { CambodiaStanding } from "@/lib/transform/region-series";

/** Where Cambodia stands among Japan's five mainland Southeast Asian partners, computed from data/. */
export function RegionRankCard({ imports, aid }: { imports: CambodiaStanding | null; aid: CambodiaStanding | null }) {
  if (!imports?.rank || !aid?.rank || imports.value === null || aid.value === null) return null;
  return (
    <section aria-labelledby="region-headline-heading">
      <h2 id="region-headline-heading">Cambodia among its neighbours</h2>
      <ul className="cards">
        <li className="card" data-testid="headline-region-rank">
          <span className="label">
            Cambodia&apos;s rank among Japan&apos;s five mainland Southeast Asian partners (derived)
          </span>
          <span className="figure">
            {formatRank(imports.rank)} in imports ({imports.year}), {formatRank(aid.rank)} in net aid ({aid.year})
          </span>
          <span className="source">
            Of Cambodia, Laos, Myanmar, Thailand and Vietnam: Japan&apos;s imports from Cambodia USD{" "}
            {formatNumber(imports.value)} million (IMF DOTS, Japan-reported); Japan&apos;s net bilateral ODA to Cambodia
            USD {formatUsdAsMillions(aid.value)} million (World Bank WDI, based on OECD DAC data).
          </span>
        </li>
      </ul>
      <p>
        <IntentLink href="/region">Cambodia next to Laos, Myanmar, Thailand and Vietnam →</IntentLink>
      </p>
    </section>
  );
}
