import { buildAidSummary } from "@/views/aid/model/aid-summary";
import type { AidYearPoint } from "@/lib/transform/aid-series";
import { formatPct, formatUsdAsMillions } from "@/lib/format";

/** Server-rendered sentence stating the selected range's key facts, computed from the data. */
export function AidSummaryText({ series, from, to }: { series: AidYearPoint[]; from: number; to: number }) {
  const s = buildAidSummary(series);
  if (!s.latest || !s.peak || s.latest.japan === null || s.peak.japan === null) {
    return (
      <p className="lede" data-testid="aid-summary">
        There are no WDI figures for Japan&apos;s net ODA between {from} and {to}.
      </p>
    );
  }
  const gapText = s.gaps.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(", ");
  return (
    <p className="lede" data-testid="aid-summary">
      In {s.latest.year}, Japan&apos;s net bilateral aid to Cambodia was{" "}
      <strong>USD {formatUsdAsMillions(s.latest.japan)} million</strong>
      {s.latest.sharePct !== null ? (
        <> ({formatPct(s.latest.sharePct)} of all DAC donors&apos; net aid, derived)</>
      ) : null}
      . Between {from} and {to} it was highest in {s.peak.year}, at USD {formatUsdAsMillions(s.peak.japan)} million.
      {gapText ? <> The source has no figure for {gapText}: those years are shown as gaps, not zeros.</> : null}
    </p>
  );
}
