import { IntentLink } from "@/components/intent-link";
import { formatShare, latestShares, type ShareRow } from "@/lib/transform/trade-share";

/**
 * One headline card: how much each side matters to the other, in the latest year both
 * shares can be computed: Cambodia's share of Japan's imports, and Japan's share of
 * Cambodia's exports, each as its own side reports it (derived from IMF DOTS).
 */
export function TradeImportanceCard({ shares }: { shares: readonly ShareRow[] }) {
  const latest = latestShares(shares, ["japanImports", "cambodiaExports"]);
  if (!latest) return null;
  const { year, values } = latest;
  return (
    <li className="card" data-testid="headline-trade-importance" data-year={year}>
      <span className="label">Japan&apos;s importance to Cambodia vs Cambodia&apos;s to Japan, {year} (derived)</span>
      <span className="figure">
        <span data-share="cambodiaExports">{formatShare(values.cambodiaExports)}</span> vs{" "}
        <span data-share="japanImports">{formatShare(values.japanImports)}</span>
      </span>
      <span className="source">
        Japan takes {formatShare(values.cambodiaExports)} of Cambodia&apos;s exports to the world (as Cambodia reports
        them); Cambodia supplies {formatShare(values.japanImports)} of Japan&apos;s imports (as Japan reports them).
        Derived from IMF Direction of Trade Statistics: bilateral flow ÷ the side&apos;s trade with the world.{" "}
        <IntentLink href={`/trade?reporter=both&measure=share`}>Both sides&apos; shares over time →</IntentLink>
      </span>
    </li>
  );
}
