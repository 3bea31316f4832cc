import "@/components/chart/chart-events.css";
import { formatPanelUnitSuffix, formatPanelValue } from "@/views/trade/model/trade-value-format";
import { type ChartPanel, visibleSeries } from "@/views/trade/model/trade-chart-series";

/**
 * The note under the chart for `?year=`: the highlighted year's values as the chart
 * draws them, each with its series label and source (derived values say so), so the highlight is
 * not told by colour alone.
 */
export function TradeHighlight({ panels, year }: { panels: readonly ChartPanel[]; year: number | null }) {
  if (year === null) return null;
  return (
    <div className="chart-highlight" data-testid="trade-highlight" data-year={year}>
      <p>
        <strong>Highlighted: {year}</strong>
      </p>
      {panels.map((panel) => {
        const i = panel.years.indexOf(year);
        const rows = visibleSeries(panel).filter((s) => i >= 0 && s.values[i] !== null && s.values[i] !== undefined);
        return (
          <p key={panel.id}>
            {panels.length > 1 ? `${panel.title}: ` : null}
            {rows.length === 0
              ? "no published figure for this year."
              : rows.map((s, n) => (
                  <span key={s.key} data-series={s.key}>
                    {n > 0 ? "; " : null}
                    {s.label}:{" "}
                    <strong data-value={s.values[i]}>{formatPanelValue(panel, s.values[i] as number)}</strong>
                    {formatPanelUnitSuffix(panel)}
                    {s.sources[i] ? ` (${s.sources[i].label}${s.sources[i].estimate ? ", e: IMF estimate" : ""})` : ""}
                  </span>
                ))}
          </p>
        );
      })}
    </div>
  );
}
