"use client";

import { useEffect, useRef, useState } from "react";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { buildGapRuns, type AidYearPoint } from "@/lib/transform/aid-series";
import { buildMarkerLayout, type KeyEvent } from "@/lib/transform/event-links";
import { formatPct, formatUsdAsMillions } from "@/lib/format";

export type AidChartProps = { series: AidYearPoint[]; markers: KeyEvent[]; highlightYear: number | null };

function AidTooltip({ label, series }: { label?: string | number; series: AidYearPoint[] }) {
  const p = series.find((s) => s.year === Number(label));
  if (!p) return null;
  return (
    <div className="chart-tooltip">
      <p className="tooltip-year">{p.year}</p>
      <p>Japan, net ODA: {p.japan === null ? "no data" : `USD ${formatUsdAsMillions(p.japan)} million`}</p>
      <p>All DAC donors: {p.allDac === null ? "no data" : `USD ${formatUsdAsMillions(p.allDac)} million`}</p>
      <p>Japan&apos;s share (derived): {p.sharePct === null ? "—" : formatPct(p.sharePct)}</p>
      <p className="tooltip-source">World Bank WDI, based on OECD DAC</p>
    </div>
  );
}

/**
 * Interactive aid chart (Recharts): hover, or focus and use the arrow keys, to read each
 * year. Loaded after the page is interactive; until then the server SVG stands in.
 */
export function AidChartInteractive({ series, markers, highlightYear }: AidChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(960);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => entry && setWidth(entry.contentRect.width));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const highlight = highlightYear === null ? null : (series.find((p) => p.year === highlightYear) ?? null);
  const rows = series.map((p) => ({ ...p, japanM: p.japan === null ? null : p.japan / 1e6 }));
  const gaps = buildGapRuns(series);
  const n = Math.max(series.length, 1);
  const first = series[0]?.year ?? 0;
  // Label rows depend on the drawn width: narrow screens need more rows than wide ones.
  const plotWidth = Math.max(width - 80, 100);
  const placed = buildMarkerLayout(markers, (y) => ((y - first + 0.5) * plotWidth) / n);

  return (
    <div ref={ref} className="chart-fill aid-interactive" data-chart="aid-interactive">
      <div className="aid-interactive__bars">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} margin={{ top: 56, right: 16, bottom: 0, left: 8 }} accessibilityLayer>
            <CartesianGrid vertical={false} stroke="#d5d9e0" />
            <XAxis dataKey="year" hide />
            <YAxis
              width={56}
              tick={{ fontSize: 12 }}
              label={{
                value: "USD million, net",
                position: "insideTopLeft",
                dy: -46,
                dx: 56,
                fontSize: 12.5,
                fontWeight: 600,
              }}
            />
            <Tooltip content={(props) => <AidTooltip label={props.label} series={series} />} />
            {gaps.map(([a, b]) => (
              <ReferenceArea
                key={a}
                x1={a}
                x2={b}
                fill="#c9ced8"
                fillOpacity={0.5}
                label={{
                  value: a === b ? `${a}: no data` : `no data ${a}–${b}`,
                  position: "insideBottom",
                  fontSize: 11.5,
                }}
              />
            ))}
            <Bar dataKey="japanM" name="Japan, net ODA" fill="var(--c-jp-to-kh)" isAnimationActive={false}>
              {rows.map((r) => (
                <Cell
                  key={r.year}
                  fill={r.year === highlightYear ? "var(--c-kh-to-jp)" : "var(--c-jp-to-kh)"}
                  stroke={r.year === highlightYear ? "var(--text)" : undefined}
                />
              ))}
            </Bar>
            {highlight ? (
              <ReferenceLine
                x={highlight.year}
                stroke="var(--c-kh-to-jp)"
                strokeWidth={2}
                label={{
                  value:
                    highlight.japan === null
                      ? `${highlight.year}: no data`
                      : `${highlight.year}: USD ${formatUsdAsMillions(highlight.japan)} million`,
                  position: "top",
                  fontWeight: 700,
                  fontSize: 13,
                }}
              />
            ) : null}
            {placed.map((m) => (
              <ReferenceLine
                key={m.id}
                x={m.year}
                stroke="var(--c-press)"
                strokeDasharray="4 3"
                label={(p: { viewBox?: { x?: number; y?: number } }) => (
                  <a href={m.href} className="aid-marker" data-event-id={m.id}>
                    <title>{`${m.dateLabel}: ${m.title} (open in the timeline)`}</title>
                    <text
                      x={(p.viewBox?.x ?? 0) + (m.x + m.short.length * 6.5 > plotWidth ? -3 : 3)}
                      y={(p.viewBox?.y ?? 0) - 44 + m.row * 16}
                      textAnchor={m.x + m.short.length * 6.5 > plotWidth ? "end" : "start"}
                      className="aid-marker-label"
                    >
                      {m.short}
                    </text>
                  </a>
                )}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <div className="aid-interactive__share">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={rows} margin={{ top: 22, right: 16, bottom: 0, left: 8 }}>
            <CartesianGrid vertical={false} stroke="#d5d9e0" />
            <XAxis dataKey="year" tick={{ fontSize: 12 }} minTickGap={12} />
            <YAxis
              width={56}
              tick={{ fontSize: 12 }}
              unit="%"
              tickCount={3}
              label={{
                value: "Japan's share of all DAC donors, % (derived)",
                position: "insideTopLeft",
                dy: -20,
                dx: 56,
                fontSize: 12.5,
                fontWeight: 600,
              }}
            />
            <Tooltip content={(props) => <AidTooltip label={props.label} series={series} />} />
            <Line
              dataKey="sharePct"
              name="Japan's share (derived)"
              stroke="var(--c-balance)"
              dot={{ r: 2 }}
              connectNulls={false}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}
