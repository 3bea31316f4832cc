import { type AidYearPoint, SMALL_TOTAL_CAVEAT, isShareOfSmallTotal } from "@/lib/transform/aid-series";
import { formatPct, formatUsdAsMillions } from "@/lib/format";

/** Every year of the selected range, gaps included, so the table and the chart agree. */
export function AidTable({ series }: { series: AidYearPoint[] }) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label="Net ODA by year (scrollable)">
      <table className="data-table" id="aid-table">
        <caption>
          Net bilateral ODA to Cambodia, {series[0]?.year}–{series[series.length - 1]?.year} (USD million, current
          prices)
        </caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col">Japan</th>
            <th scope="col">All DAC donors</th>
            <th scope="col">Japan&apos;s share (derived)</th>
          </tr>
        </thead>
        <tbody>
          {[...series].reverse().map((p) => (
            <tr key={p.year} data-year={p.year}>
              <th scope="row">{p.year}</th>
              <td>{p.japan === null ? <span className="muted">no data</span> : formatUsdAsMillions(p.japan)}</td>
              <td>{p.allDac === null ? <span className="muted">no data</span> : formatUsdAsMillions(p.allDac)}</td>
              <td>
                {p.sharePct === null ? <span className="muted">—</span> : formatPct(p.sharePct)}
                {isShareOfSmallTotal(p) ? <span className="muted"> ({SMALL_TOTAL_CAVEAT})</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
