import { buildBarLineLayout } from "@/lib/transform/bar-line-layout";
import type { KeyEvent } from "@/lib/transform/event-links";
import { EVENT_MARKER_COLOR } from "@/lib/trade-labels";
import type { ChartPanel } from "@/lib/transform/trade-chart-series";
import { formatTick } from "@/lib/format";

export const CHART_WIDTH = 960;
export const CHART_HEIGHT = 440;

/**
 * The chart drawn as plain SVG on the server: the page's first paint, the view without
 * JavaScript, and the same geometry the interactive chart replaces once it loads.
 * Colours are literals so the SVG also stands alone outside the page.
 */
type Props = {
  panel: ChartPanel;
  width?: number;
  height?: number;
  markers?: readonly KeyEvent[];
  highlightYear?: number | null;
};

export function BarLineSvg({
  panel,
  width = CHART_WIDTH,
  height = CHART_HEIGHT,
  markers = [],
  highlightYear = null,
}: Props) {
  const bars = panel.series.filter((s) => s.kind === "bar");
  const lines = panel.series.filter((s) => s.kind === "line");
  const points = panel.series.filter((s) => s.kind === "point");
  const layout = buildBarLineLayout({
    years: panel.years,
    bars: bars.map((s) => ({ key: s.key, values: s.values, flags: s.sources.map((src) => src?.estimate ?? false) })),
    lines: lines.map((s) => ({ key: s.key, values: s.values })),
    points: points.map((s) => ({ key: s.key, values: s.values })),
    width,
    height,
    markers,
    highlightYear,
  });
  const plotBottom = layout.plot.y + layout.plot.height;
  const color = new Map(panel.series.map((s) => [s.key, s.color]));
  const hatch = `hatch-${panel.id}`;
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`${panel.title}, ${panel.years[0]}–${panel.years[panel.years.length - 1]}, ${panel.unit}. The same figures are in the table below.`}
      className="chart-static"
      data-panel={panel.id}
      fontFamily="'Source Sans 3', Arial, sans-serif"
      fontSize={13}
    >
      <defs>
        <pattern id={hatch} patternUnits="userSpaceOnUse" width={6} height={6} patternTransform="rotate(45)">
          <rect width={6} height={6} fill="#ffffff" fillOpacity={0.55} />
          <line x1={0} y1={0} x2={0} y2={6} stroke="#ffffff" strokeWidth={2} />
        </pattern>
      </defs>
      {layout.highlight && (
        <rect
          className="highlight-band"
          data-year={layout.highlight.year}
          x={layout.highlight.x}
          width={layout.highlight.width}
          y={layout.plot.y}
          height={layout.plot.height}
          fill="#fbe7a1"
        />
      )}
      <g className="y-axis" fill="#4f5868">
        {layout.yTicks.map((t) => (
          <g key={t.value}>
            <line
              x1={layout.plot.x}
              x2={layout.plot.x + layout.plot.width}
              y1={t.y}
              y2={t.y}
              stroke={t.value === 0 ? "#4f5868" : "#e3e6eb"}
            />
            <text x={layout.plot.x - 8} y={t.y} dy="0.32em" textAnchor="end">
              {formatTick(t.value)}
            </text>
          </g>
        ))}
        <text transform={`translate(14,${layout.plot.y + layout.plot.height / 2}) rotate(-90)`} textAnchor="middle">
          {panel.unit}
        </text>
      </g>
      <g className="x-axis" fill="#4f5868">
        {layout.xTicks.map((t) => (
          <text key={t.label} x={t.x} y={layout.plot.y + layout.plot.height + 20} textAnchor="middle">
            {t.label}
          </text>
        ))}
      </g>
      <g className="bars">
        {layout.bars.map((b) => (
          <g key={`${b.key}-${b.year}`} data-series={b.key} data-year={b.year}>
            <rect
              x={b.x}
              y={b.y}
              width={b.width}
              height={b.height}
              fill={color.get(b.key)}
              {...(b.year === highlightYear ? { stroke: "#1d2330", strokeWidth: 2, className: "bar--highlight" } : {})}
            />
            {b.flagged && <rect x={b.x} y={b.y} width={b.width} height={b.height} fill={`url(#${hatch})`} />}
          </g>
        ))}
      </g>
      <g className="lines" fill="none" strokeWidth={2}>
        {layout.lines.map((l) => (
          <path key={l.key} d={l.d} stroke={color.get(l.key)} data-series={l.key} strokeLinejoin="round" />
        ))}
      </g>
      <g className="event-markers">
        {layout.markers.map((m) => (
          // Out of the tab order: the chart is one image to assistive technology; the list below the chart carries the same links.
          <a key={m.id} href={m.href} data-event-id={m.id} className="event-marker" tabIndex={-1}>
            <title>{`${m.dateLabel}: ${m.title} (open in the timeline)`}</title>
            <line
              x1={m.x}
              x2={m.x}
              y1={m.labelY + 6}
              y2={plotBottom}
              stroke={EVENT_MARKER_COLOR}
              strokeWidth={1.2}
              strokeDasharray="4 3"
            />
            <text
              x={m.x + (m.anchor === "end" ? -3 : 3)}
              y={m.labelY}
              dy="0.32em"
              textAnchor={m.anchor}
              fill="#1d2330"
              fontSize={12}
              fontWeight={600}
              textDecoration="underline"
            >
              {m.short}
            </text>
          </a>
        ))}
      </g>
      <g className="points">
        {layout.points.map((p) => (
          <rect
            key={`${p.key}-${p.year}`}
            data-series={p.key}
            data-year={p.year}
            x={p.cx - 5}
            y={p.cy - 5}
            width={10}
            height={10}
            transform={`rotate(45 ${p.cx} ${p.cy})`}
            fill={color.get(p.key)}
            stroke="#ffffff"
            strokeWidth={1.5}
          />
        ))}
      </g>
    </svg>
  );
}
