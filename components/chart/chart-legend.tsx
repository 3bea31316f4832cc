import { type ChartPanel, visibleSeries } from "@/lib/transform/trade-chart-series";

/** HTML legend of the series actually drawn in a panel (shared by the server and client charts). */
export function ChartLegend({ panel }: { panel: ChartPanel }) {
  return (
    <ul className="legend" aria-label={`Legend: ${panel.title}`}>
      {visibleSeries(panel).map((s) => (
        <li key={s.key}>
          <span
            className={s.kind === "line" ? "swatch swatch--line" : "swatch"}
            style={{ background: s.color, transform: s.kind === "point" ? "rotate(45deg) scale(0.75)" : undefined }}
            aria-hidden="true"
          />
          {s.label}
        </li>
      ))}
    </ul>
  );
}
