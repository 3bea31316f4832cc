import { formatShare, type ShareRow, shareKeysFor } from "@/lib/transform/trade-share";
import { buildShareSummary } from "@/views/trade/model/trade-share-summary";
import type { ReporterView } from "@/lib/transform/trade-series";

/** The share view's sentence, computed from the shares in range: where each share started and where it ends. */
export function ShareSummaryText({ shares, reporter }: { shares: readonly ShareRow[]; reporter: ReporterView }) {
  const lines = buildShareSummary(shares, shareKeysFor(reporter)).filter((l) => l.first);
  if (lines.length === 0)
    return (
      <p className="summary" data-testid="trade-summary">
        No year in this range has both a bilateral figure and the same side&apos;s trade with the world.
      </p>
    );
  return (
    <p className="summary" data-testid="trade-summary">
      {lines.map((l) => (
        <span key={l.key} data-share={l.key}>
          {l.label}: {formatShare(l.first!.value)} in {l.first!.year}
          {l.latest ? `, ${formatShare(l.latest.value)} in ${l.latest.year}` : ""} (derived).{" "}
        </span>
      ))}
    </p>
  );
}
