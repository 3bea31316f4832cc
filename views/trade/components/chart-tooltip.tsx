import { paintFor } from "@/lib/chart/palette";
import { formatPanelValueWithUnit } from "@/views/trade/model/trade-value-format";
import type { ChartPanel } from "@/views/trade/model/trade-chart-series";

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
              <span className="swatch" style={{ background: paintFor(s.color, "page") }} aria-hidden="true" /> {s.label}
              :{" "}
              <strong>
                {formatPanelValueWithUnit(panel, value)}
                {src?.estimate ? " (e: IMF estimate)" : ""}
              </strong>
            </p>
            <p className="tooltip-source">{sourceText(panel, s.derived, src?.label)}</p>
          </div>
        );
      })}
    </div>
  );
}

/** Where a tooltip value comes from: a source, or how it was derived and from what. */
function sourceText(panel: ChartPanel, derived: boolean, label: string | undefined): string {
  if (panel.valueFormat === "share") return label ?? "Derived.";
  if (panel.valueFormat === "index")
    return `Derived: an index of the value shown on the unindexed chart${label ? ` (${label})` : ""}.`;
  return derived ? "Derived: computed from the two values above." : `Source: ${label ?? ""}`;
}
