"use client";

import { type ReactNode, memo, useLayoutEffect, useMemo, useRef } from "react";
import {
  Bar,
  CartesianGrid,
  Cell,
  ComposedChart,
  Line,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  ZIndexLayer,
} from "recharts";
import { type ChartModel, type MarkerMark, type PanelModel, drawable } from "@/lib/chart/model";
import {
  renderGaps,
  renderHighlight,
  renderLineLabels,
  renderMarkerLines,
  renderMarkers,
  renderPatterns,
} from "@/lib/chart/render-svg";
import { Diamond } from "./diamond";
import { h } from "@/lib/chart/svg-node";
import { paintFor } from "@/lib/chart/palette";
import { THEME } from "@/lib/chart/theme";
import { toReact } from "./svg-element";

/** The interactive chart is on the page: palette colours are painted as CSS custom properties, like the static SVG. */
const paint = (color: string) => paintFor(color, "page");

type Props = {
  model: ChartModel;
  tooltip: (year: number) => ReactNode;
  /** The year the reader pointed at before the chart loaded (on the static figure): its tooltip opens there. */
  initialYear?: number | null;
};
type Row = Record<string, number | null>;

/**
 * The interactive chart (Recharts), fed the chart model: the same plot rectangles,
 * y domains, ticks and year slots as the static SVG, and the event markers and
 * highlight drawn by the static renderer from the same model. It is drawn at the
 * model's size once and scaled to its box by CSS (a resize never re-renders it).
 * Hover, or focus and the arrow keys, move the tooltip year by year.
 */
export const RechartsChart = memo(function RechartsChart({ model, tooltip, initialYear = null }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const fit = () => el.style.setProperty("--chart-scale", String(el.clientWidth / model.width));
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    return () => observer.disconnect();
  }, [model.width]);
  const rows = useMemo(
    () =>
      model.years.map((year, i) => {
        const row: Row = { year };
        for (const p of model.panels)
          for (const s of p.series) {
            const v = s.values[i] ?? null;
            // As in the static chart: a value the panel's scale cannot show (≤ 0 on a log axis) is not drawn.
            row[s.id] = v !== null && drawable(p.y, v) ? v : null;
          }
        return row;
      }),
    [model],
  );
  const content = useMemo(
    () =>
      function TooltipContent({ label }: { label?: string | number }) {
        return label === undefined ? null : tooltip(Number(label));
      },
    [tooltip],
  );
  const slices = model.panels.map((panel, i) => {
    const prev = model.panels[i - 1];
    const start = prev ? prev.plot.y + prev.plot.height : 0;
    const next = model.panels[i + 1];
    const end = next ? panel.plot.y + panel.plot.height : model.height;
    return { panel, start, end };
  });
  return (
    <div ref={ref} className="chart-fill" data-chart={`${model.id}-interactive`} data-size={model.size}>
      <div className="chart-scaled" style={{ width: model.width }}>
        {slices.map(({ panel, start, end }, i) => (
          <PanelChart
            key={panel.id}
            model={model}
            panel={panel}
            rows={rows}
            start={start}
            end={end}
            first={i === 0}
            defaultIndex={
              i === 0 && initialYear !== null && model.years.includes(initialYear)
                ? model.years.indexOf(initialYear)
                : undefined
            }
            content={content}
          />
        ))}
      </div>
    </div>
  );
});

type PanelProps = {
  model: ChartModel;
  panel: PanelModel;
  rows: Row[];
  start: number;
  end: number;
  first: boolean;
  /** The row whose tooltip is open when the chart appears (the year the reader pointed at). */
  defaultIndex?: number | undefined;
  content: (p: { label?: string | number }) => ReactNode;
};

const clip = (markers: readonly MarkerMark[], start: number, end: number) =>
  markers.map((m) => ({ ...m, lineTop: Math.max(m.lineTop, start), lineBottom: Math.min(m.lineBottom, end) }));

function PanelChart({ model, panel, rows, start, end, first, defaultIndex, content }: PanelProps) {
  const { plot } = panel;
  const plotBottom = plot.y + plot.height;
  const xAxisHeight = end - plotBottom;
  const margin = { top: plot.y - start, right: model.width - plot.x - plot.width, bottom: 0, left: 0 };
  const labels = new Map(panel.yTicks.map((t) => [t.value, t.label]));
  const xLabels = new Map(panel.xTicks.map((t) => [t.value, t.label]));
  const highlight = model.highlight;
  const shift = `translate(0,${-start})`;
  return (
    <ComposedChart
      width={model.width}
      height={end - start}
      data={rows}
      margin={margin}
      barCategoryGap="10%"
      barGap={1}
      accessibilityLayer
      // The chart's one Tab stop is the region around it (components/a11y/chart-access.tsx); the
      // arrow keys still move this tooltip once a script or a click has focused the chart.
      tabIndex={-1}
      // A named group, not an image: it holds the event markers' links.
      role="group"
      aria-label={model.title}
      title={model.title}
    >
      <CartesianGrid stroke={paint(THEME.color.grid)} vertical={false} />
      <XAxis
        dataKey="year"
        type="category"
        scale="band"
        hide={panel.xTicks.length === 0}
        height={panel.xTicks.length === 0 ? 0 : xAxisHeight}
        ticks={panel.xTicks.map((t) => t.value)}
        interval={0}
        tickLine={false}
        axisLine={false}
        // Year labels on the static figure's baseline (plot bottom + 23: tick size 6 + margin 8 + 0.71 em), inside the chart.
        tickMargin={8}
        tick={{ fill: paint(THEME.color.muted), fontSize: THEME.font.tick }}
        tickFormatter={(v: number) => xLabels.get(v) ?? String(v)}
      />
      <YAxis
        type="number"
        width={plot.x}
        scale={panel.y.kind === "log" ? "log" : "linear"}
        domain={panel.y.domain}
        ticks={panel.yTicks.map((t) => t.value)}
        interval={0}
        allowDataOverflow
        tickLine={false}
        axisLine={false}
        tick={{ fill: paint(THEME.color.muted), fontSize: THEME.font.tick }}
        tickFormatter={(v: number) => labels.get(v) ?? String(v)}
      />
      {panel.y.kind !== "log" && <ReferenceLine y={0} stroke={paint(THEME.color.muted)} />}
      <Tooltip content={content} isAnimationActive={false} {...(defaultIndex !== undefined ? { defaultIndex } : {})} />
      <g transform={shift}>
        {toReact(
          h(
            "g",
            {},
            renderPatterns(`${model.id}-i${start}`),
            renderGaps(panel, `${model.id}-i${start}`),
            highlight !== null && renderHighlight({ ...model, highlight: clipBand(highlight, start, end) }),
          ),
        )}
      </g>
      {panel.series.map((s) => {
        if (s.kind === "bar")
          return (
            <Bar key={s.id} dataKey={s.id} name={s.label} fill={paint(s.color)} isAnimationActive={false}>
              {rows.map((r) => (
                <Cell
                  key={r.year}
                  fill={paint(s.color)}
                  {...(r.year === highlight?.year
                    ? {
                        stroke: paint(THEME.color.text),
                        strokeWidth: THEME.stroke.highlight,
                        className: "bar--highlight",
                      }
                    : {})}
                />
              ))}
            </Bar>
          );
        if (s.kind === "line")
          return (
            <Line
              key={s.id}
              dataKey={s.id}
              name={s.label}
              stroke={paint(s.color)}
              strokeWidth={THEME.stroke.line}
              dot={false}
              connectNulls={false}
              isAnimationActive={false}
              type="linear"
            />
          );
        return (
          <Line
            key={s.id}
            dataKey={s.id}
            name={s.label}
            stroke="none"
            isAnimationActive={false}
            connectNulls={false}
            dot={(p: { cx?: number; cy?: number; index?: number }) => (
              <Diamond key={p.index} cx={p.cx} cy={p.cy} color={paint(s.color)} />
            )}
            activeDot={(p: { cx?: number; cy?: number }) => (
              <Diamond cx={p.cx} cy={p.cy} color={paint(s.color)} size={7} />
            )}
          />
        );
      })}
      <ZIndexLayer zIndex={700}>
        <g transform={shift}>
          {toReact(
            h(
              "g",
              {},
              h(
                "text",
                {
                  x: plot.x,
                  y: plot.y - 8,
                  fill: THEME.color.muted,
                  "font-size": THEME.font.axisTitle,
                  "font-weight": 600,
                },
                panel.axisTitle,
              ),
              renderLineLabels(panel, paint),
              panel.callout &&
                h(
                  "text",
                  {
                    class: "highlight-label",
                    x: panel.callout.x,
                    y: panel.callout.y,
                    "text-anchor": "middle",
                    "font-weight": 700,
                    fill: THEME.color.text,
                  },
                  panel.callout.text,
                ),
              first
                ? renderMarkers(clip(model.markers, start, end), { links: true })
                : renderMarkerLines(clip(model.markers, start, end)),
            ),
          )}
        </g>
      </ZIndexLayer>
    </ComposedChart>
  );
}

const clipBand = (b: NonNullable<ChartModel["highlight"]>, start: number, end: number) => {
  const y = Math.max(b.y, start);
  return { ...b, y, height: Math.min(b.y + b.height, end) - y };
};
