import { formatNumber } from "@/lib/format";
import type { ChartPanel } from "@/lib/transform/trade-chart-series";

/**
 * Tooltip body for one year: every series' value with its unit and source, derived
 * values labelled as such, IMF estimates marked "e". Shared by hover and keyboard focus.
 */
export function ChartTooltipBody({ panel, year }: { panel: ChartPanel; year: number }) {
  const i = panel.years.indexOf(year);
  if (i < 0) return null;
  const rows = panel.series.filter((s) => s.values[i] !== null && s.values[i] !== undefined);
  return (
    <div className="chart-tooltip" role="status" aria-live="polite">
      <p className="tooltip-year">{year}</p>
      {rows.length === 0 && <p>No published figure for this year.</p>}
      {rows.map((s) => {
        const value = s.values[i] as number;
        const src = s.sources[i];
        return (
          <div key={s.key} className="tooltip-row">
            <p>
              <span className="swatch" style={{ background: s.color }} aria-hidden="true" /> {s.label}:{" "}
              <strong>
                {formatNumber(value)} {panel.unit}
                {src?.estimate ? " (e: IMF estimate)" : ""}
              </strong>
            </p>
            <p className="tooltip-source">
              {s.derived ? "Derived: computed from the two values above." : `Source: ${src?.label ?? ""}`}
            </p>
          </div>
        );
      })}
    </div>
  );
}
