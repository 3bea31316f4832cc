/** Shown while the server renders a new view; it reserves the chart's box so nothing jumps. */
export default function Loading() {
  return (
    <div aria-busy="true" aria-live="polite">
      <h1>Japan–Cambodia trade since 1960</h1>
      <p className="lede">Loading the figures…</p>
      <div className="chart-box skeleton" />
    </div>
  );
}
