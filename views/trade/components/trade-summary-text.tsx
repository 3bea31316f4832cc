import { formatSigned, formatUsdMillion } from "@/lib/format";
import { FLOW_LABEL } from "@/lib/transform/trade-labels";
import type { TradeSummary } from "@/views/trade/model/trade-summary";
import type { BilateralFlow, ReporterView } from "@/lib/transform/trade-series";

/** One sentence computed from the current view; it changes with the range and the reporter. */
export function TradeSummaryText({
  summary,
  reporter,
  from,
  to,
}: {
  summary: TradeSummary;
  reporter: ReporterView;
  from: number;
  to: number;
}) {
  if (summary.kind === "empty") {
    return (
      <p className="summary" data-testid="trade-summary">
        No year between {from} and {to} has both flows published by this reporter.
      </p>
    );
  }
  if (summary.kind === "mirror") {
    return (
      <p className="summary" data-testid="trade-summary">
        {summary.flows.map((f) => {
          if (!f.latest) return null;
          const l = f.latest;
          return (
            <span key={f.flow}>
              {FLOW_LABEL[f.flow as BilateralFlow]} in {l.year}: {formatUsdMillion(l.japanReported)} as Japan records
              it, {formatUsdMillion(l.cambodiaReported)} as Cambodia records it (gap {formatSigned(l.gap)} million,
              derived).{" "}
            </span>
          );
        })}
      </p>
    );
  }
  const { latest, first } = summary;
  if (!latest) return null;
  const who = reporter === "japan" ? "as Japan reports them" : "as Cambodia reports them";
  return (
    <p className="summary" data-testid="trade-summary">
      In {latest.year}, goods worth {formatUsdMillion(latest.japanToCambodia)} went from Japan to Cambodia and{" "}
      {formatUsdMillion(latest.cambodiaToJapan)} from Cambodia to Japan ({who}; IMF DOTS), a balance of{" "}
      {formatSigned(latest.balance)} million for Japan (derived).
      {first && (
        <>
          {" "}
          In {first.year} the flows were {formatUsdMillion(first.japanToCambodia)} and{" "}
          {formatUsdMillion(first.cambodiaToJapan)}: Cambodia → Japan changed by{" "}
          {formatSigned(Math.round((latest.cambodiaToJapan - first.cambodiaToJapan) * 1000) / 1000)} million over{" "}
          {first.year}–{latest.year} (derived).
        </>
      )}
    </p>
  );
}
