"use client";

import { useEffect, useRef, useState } from "react";
import {
  Bar,
  CartesianGrid,
  Cell,
  ComposedChart,
  Line,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { MARKER_ROW } from "@/lib/transform/bar-line-layout";
import { buildMarkerLayout, type KeyEvent } from "@/lib/transform/event-links";
import type { ChartPanel } from "@/lib/transform/trade-chart-series";
import { formatTick } from "@/lib/format";
import { EVENT_MARKER_COLOR } from "@/lib/trade-labels";
import { ChartTooltipBody } from "./chart-tooltip";

type Row = Record<string, number | null> & { year: number };

/**
 * The interactive chart (Recharts): hover or arrow keys move the tooltip year by year.
 * Loaded after the page is interactive; until then the server SVG stands in its place.
 */
const MARKER_ROWS = 3;
const MARGIN = { top: 16, right: 16, bottom: 8, left: 8 };
const Y_AXIS_WIDTH = 64;

type Props = { panel: ChartPanel; markers?: readonly KeyEvent[]; highlightYear?: number | null };

export function BarLineChart({ panel, markers = [], highlightYear = null }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(960);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => entry && setWidth(entry.contentRect.width));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  // Label rows depend on the drawn width (narrow screens need more rows), so the same
  // layout as the server's SVG is computed from an estimate of the plot's x scale.
  const labelRows = markers.length > 0 ? MARKER_ROWS * MARKER_ROW : 0;
  const plotLeft = MARGIN.left + Y_AXIS_WIDTH;
  const plotRight = Math.max(width - MARGIN.right, plotLeft + 100);
  const n = Math.max(panel.years.length, 1);
  const first = panel.years[0] ?? 0;
  const placed = buildMarkerLayout(
    markers,
    (y) => plotLeft + ((y - first + 0.5) * (plotRight - plotLeft)) / n,
    undefined,
    MARKER_ROWS,
    plotRight,
  );
  const highlight = highlightYear !== null && panel.years.includes(highlightYear) ? highlightYear : null;
  const rows: Row[] = panel.years.map((year, i) => {
    const row: Row = { year };
    for (const s of panel.series) row[s.key] = s.values[i] ?? null;
    return row;
  });
  return (
    <div ref={ref} className="chart-fill" data-chart={panel.id} data-testid={`chart-${panel.id}`}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={rows} margin={{ ...MARGIN, top: MARGIN.top + labelRows }} barGap={1} title={panel.title}>
          {highlight !== null && (
            <ReferenceArea x1={highlight} x2={highlight} fill="#fbe7a1" fillOpacity={1} className="highlight-band" />
          )}
          <CartesianGrid stroke="#e3e6eb" vertical={false} />
          <XAxis dataKey="year" tick={{ fill: "#4f5868", fontSize: 13 }} minTickGap={12} />
          <YAxis
            tick={{ fill: "#4f5868", fontSize: 13 }}
            tickFormatter={formatTick}
            width={Y_AXIS_WIDTH}
            label={{ value: panel.unit, angle: -90, position: "insideLeft", fill: "#4f5868", fontSize: 13, dy: 40 }}
          />
          <ReferenceLine y={0} stroke="#4f5868" />
          <Tooltip
            content={({ label }) =>
              typeof label === "number" ? <ChartTooltipBody panel={panel} year={label} /> : null
            }
            isAnimationActive={false}
          />
          {panel.series.map((s) => {
            if (s.kind === "bar") {
              return (
                <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} isAnimationActive={false}>
                  {rows.map((r) => (
                    <Cell
                      key={r.year}
                      fill={s.color}
                      {...(r.year === highlight
                        ? { stroke: "#1d2330", strokeWidth: 2, className: "bar--highlight" }
                        : {})}
                    />
                  ))}
                </Bar>
              );
            }
            if (s.kind === "line") {
              return (
                <Line
                  key={s.key}
                  dataKey={s.key}
                  name={s.label}
                  stroke={s.color}
                  strokeWidth={2}
                  dot={false}
                  connectNulls={false}
                  isAnimationActive={false}
                  type="linear"
                />
              );
            }
            return (
              <Line
                key={s.key}
                dataKey={s.key}
                name={s.label}
                stroke="none"
                isAnimationActive={false}
                connectNulls={false}
                dot={(props: { cx?: number; cy?: number; index?: number }) => (
                  <Diamond key={props.index} cx={props.cx} cy={props.cy} color={s.color} />
                )}
                activeDot={(props: { cx?: number; cy?: number }) => (
                  <Diamond cx={props.cx} cy={props.cy} color={s.color} size={7} />
                )}
              />
            );
          })}
          {placed.map((m) => (
            <ReferenceLine
              key={m.id}
              x={m.year}
              stroke={EVENT_MARKER_COLOR}
              strokeWidth={1.2}
              strokeDasharray="4 3"
              label={(p: { viewBox?: { x?: number; y?: number } }) => (
                // Out of the tab order, as in the server's SVG: the list under the chart carries the same links.
                <a href={m.href} className="event-marker" data-event-id={m.id} tabIndex={-1}>
                  <title>{`${m.dateLabel}: ${m.title} (open in the timeline)`}</title>
                  <text
                    x={(p.viewBox?.x ?? 0) + (m.anchor === "end" ? -3 : 3)}
                    y={(p.viewBox?.y ?? 0) - labelRows + m.row * MARKER_ROW + 4}
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
              )}
            />
          ))}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Press figures are diamonds, as in the server chart and the legend, so they never read as part of a line. */
function Diamond({ cx, cy, color, size = 5 }: { cx?: number; cy?: number; color: string; size?: number }) {
  if (cx === undefined || cy === undefined || Number.isNaN(cy)) return <g />;
  return (
    <rect
      x={cx - size}
      y={cy - size}
      width={size * 2}
      height={size * 2}
      transform={`rotate(45 ${cx} ${cy})`}
      fill={color}
      stroke="#ffffff"
      strokeWidth={1.5}
      className="press-point"
    />
  );
}
