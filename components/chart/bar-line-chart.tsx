"use client";

import { Bar, CartesianGrid, ComposedChart, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartPanel } from "@/lib/transform/trade-chart-series";
import { formatTick } from "@/lib/format";
import { ChartTooltipBody } from "./chart-tooltip";

type Row = Record<string, number | null> & { year: number };

/**
 * The interactive chart (Recharts): hover or arrow keys move the tooltip year by year.
 * Loaded after the page is interactive; until then the server SVG stands in its place.
 */
export function BarLineChart({ panel }: { panel: ChartPanel }) {
  const rows: Row[] = panel.years.map((year, i) => {
    const row: Row = { year };
    for (const s of panel.series) row[s.key] = s.values[i] ?? null;
    return row;
  });
  return (
    <div className="chart-fill" data-chart={panel.id} data-testid={`chart-${panel.id}`}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={rows} margin={{ top: 16, right: 16, bottom: 8, left: 8 }} barGap={1} title={panel.title}>
          <CartesianGrid stroke="#e3e6eb" vertical={false} />
          <XAxis dataKey="year" tick={{ fill: "#4f5868", fontSize: 13 }} minTickGap={12} />
          <YAxis tick={{ fill: "#4f5868", fontSize: 13 }} tickFormatter={formatTick} width={64}
            label={{ value: panel.unit, angle: -90, position: "insideLeft", fill: "#4f5868", fontSize: 13, dy: 40 }} />
          <ReferenceLine y={0} stroke="#4f5868" />
          <Tooltip content={({ label }) => (typeof label === "number" ? <ChartTooltipBody panel={panel} year={label} /> : null)} isAnimationActive={false} />
          {panel.series.map((s) => {
            if (s.kind === "bar") {
              return <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} isAnimationActive={false} />;
            }
            if (s.kind === "line") {
              return <Line key={s.key} dataKey={s.key} name={s.label} stroke={s.color} strokeWidth={2} dot={false} connectNulls={false} isAnimationActive={false} type="linear" />;
            }
            return (
              <Line key={s.key} dataKey={s.key} name={s.label} stroke="none" isAnimationActive={false} connectNulls={false}
                dot={(props: { cx?: number; cy?: number; index?: number }) => <Diamond key={props.index} cx={props.cx} cy={props.cy} color={s.color} />}
                activeDot={(props: { cx?: number; cy?: number }) => <Diamond cx={props.cx} cy={props.cy} color={s.color} size={7} />} />
            );
          })}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Press figures are diamonds, as in the server chart and the legend, so they never read as part of a line. */
function Diamond({ cx, cy, color, size = 5 }: { cx?: number; cy?: number; color: string; size?: number }) {
  if (cx === undefined || cy === undefined || Number.isNaN(cy)) return <g />;
  return <rect x={cx - size} y={cy - size} width={size * 2} height={size * 2} transform={`rotate(45 ${cx} ${cy})`} fill={color} stroke="#ffffff" strokeWidth={1.5} className="press-point" />;
}
