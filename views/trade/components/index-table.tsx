import { type ChartPanel, visibleSeries } from "@/views/trade/model/trade-chart-series";
import { formatPanelValue } from "@/views/trade/model/trade-value-format";

/**
 * The table of the index scale: each series as the chart draws it (base year = 100, derived),
 * so the table and the chart agree; the published values are one click away (linear scale).
 */
export function IndexTable({ panels, base }: { panels: readonly ChartPanel[]; base: number }) {
  const columns = panels.flatMap((p) => visibleSeries(p).map((s) => ({ panel: p, series: s })));
  const years = panels[0]?.years ?? [];
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label="Data table">
      <table className="data-table" data-testid="index-table">
        <caption>
          Index of the current view, {base} = 100 (derived: each value ÷ the series&apos; {base} value × 100). “—” = no
          published figure. Choose the linear scale for the published values.
        </caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            {columns.map(({ panel, series }) => (
              <th scope="col" key={`${panel.id}-${series.key}`}>
                {panels.length > 1 ? `${panel.title}: ` : ""}
                {series.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {years.map((y, i) =>
            columns.some(({ series }) => series.values[i] != null) ? (
              <tr key={y}>
                <th scope="row">{y}</th>
                {columns.map(({ panel, series }) => {
                  const v = series.values[i];
                  return <td key={`${panel.id}-${series.key}`}>{v == null ? "—" : formatPanelValue(panel, v)}</td>;
                })}
              </tr>
            ) : null,
          )}
        </tbody>
      </table>
    </div>
  );
}
