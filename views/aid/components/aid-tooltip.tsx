import { type AidYearPoint, SMALL_TOTAL_CAVEAT, isShareOfSmallTotal } from "@/lib/transform/aid-series";
import { formatPct, formatUsdAsMillions } from "@/lib/format";

/** Tooltip body for one year of the aid chart: both values, the derived share and the source. */
export function AidTooltip({ year, series }: { year: number; series: readonly AidYearPoint[] }) {
  const p = series.find((s) => s.year === year);
  if (!p) return null;
  return (
    <div className="chart-tooltip" role="status" aria-live="polite">
      <p className="tooltip-year">{p.year}</p>
      <p>Japan, net ODA: {p.japan === null ? "no data" : `USD ${formatUsdAsMillions(p.japan)} million`}</p>
      <p>All DAC donors: {p.allDac === null ? "no data" : `USD ${formatUsdAsMillions(p.allDac)} million`}</p>
      <p>
        Japan&apos;s share (derived): {p.sharePct === null ? "—" : formatPct(p.sharePct)}
        {isShareOfSmallTotal(p) ? ` (${SMALL_TOTAL_CAVEAT})` : ""}
      </p>
      <p className="tooltip-source">World Bank WDI, based on OECD DAC</p>
    </div>
  );
}
