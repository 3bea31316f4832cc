import { scaleLinear } from "d3-scale";
import type { IndicatorPanel, IndicatorPoint } from "@/views/overview/model/indicator-panels";

const W = 360;
const H = 170;
const M = { top: 12, right: 14, bottom: 26, left: 52 };
const fmt = new Intl.NumberFormat("en-US");
/** A tenth of a viewBox unit is below what a screen resolves at this size; more digits are bytes twice (HTML and payload). */
const px = (v: number) => Math.round(v * 10) / 10;

function Marker({ p, x, y }: { p: IndicatorPoint; x: number; y: number }) {
  const label = `${p.year}: ${fmt.format(p.value)}${p.partial ? " (part of the year)" : ""}${p.conflict ? " (sources differ)" : ""}`;
  // Shape, not only colour, tells the kinds apart: square = conflicting value, hollow = part-year.
  if (p.conflict) {
    return (
      <rect x={x - 4.5} y={y - 4.5} width={9} height={9} className="ind-mark ind-mark--conflict">
        <title>{label}</title>
      </rect>
    );
  }
  return (
    <circle cx={x} cy={y} r={4.5} className={p.partial ? "ind-mark ind-mark--partial" : "ind-mark"}>
      <title>{label}</title>
    </circle>
  );
}

/** Static SVG: only the sourced points, joined only across consecutive single-valued years. */
export function IndicatorChart({ panel }: { panel: IndicatorPanel }) {
  const years = panel.points.map((p) => p.year);
  const minY = Math.min(...years);
  const maxY = Math.max(...years);
  const xScale = scaleLinear()
    .domain([minY - 0.5, maxY + 0.5])
    .range([M.left, W - M.right]);
  const yScale = scaleLinear()
    .domain([0, Math.max(...panel.points.map((p) => p.value))])
    .nice()
    .range([H - M.bottom, M.top]);
  const x = (v: number) => px(xScale(v));
  const y = (v: number) => px(yScale(v));
  const yTicks = yScale.ticks(4);
  const xTicks = xScale.ticks(Math.min(6, maxY - minY + 1)).filter((t) => Number.isInteger(t));
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={`${panel.title}: ${panel.points.length} sourced figures, ${minY}–${maxY}. Figures in the table below.`}
      className="ind-chart"
    >
      {yTicks.map((t) => (
        <g key={t}>
          <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} className="ind-grid" />
          <text x={M.left - 6} y={y(t)} dy="0.32em" textAnchor="end" className="ind-tick">
            {fmt.format(t)}
          </text>
        </g>
      ))}
      {xTicks.map((t) => (
        <text key={t} x={x(t)} y={H - 8} textAnchor="middle" className="ind-tick">
          {t}
        </text>
      ))}
      {panel.segments.map((seg) => (
        <polyline
          key={seg[0]?.year}
          points={seg.map((p) => `${x(p.year)},${y(p.value)}`).join(" ")}
          className="ind-line"
        />
      ))}
      {panel.points.map((p, i) => (
        <Marker key={i} p={p} x={x(p.year)} y={y(p.value)} />
      ))}
    </svg>
  );
}
