import type { KeyEvent } from "@/lib/schemas/events";
import type { LegendEntry } from "./legend";
import { lineLabelRoom, placeLineLabels } from "./line-labels";
import { estimateLabelWidth, placeMarkerLabels } from "./marker-labels";
import {
  type BarMark,
  type ChartModel,
  type GapMark,
  type LineMark,
  type PanelModel,
  type PointMark,
  type SeriesModel,
  baseline,
  drawable,
  project,
} from "./model";
import { type ScaleSpec, buildYScale, buildYearTicks, gapRuns, yTicksOf } from "./scales";
import { THEME, type ChartSize } from "./theme";

export { buildYearTicks };

/** A series before layout: values aligned with the years, with per-value flags and hover text. */
export type SeriesSpec = SeriesModel & { estimates?: boolean[]; titles?: (string | null)[] };

export type PanelSpec = {
  id: string;
  unit: string;
  axisTitle: string;
  series: SeriesSpec[];
  /** Share of the plots' total height. */
  weight: number;
  tickFormat: (value: number) => string;
  /** The domain always reaches this value (e.g. 10 for a share in %), so small values are not blown up. */
  minTop?: number;
  /** Linear (the default), log (positive values only: others are not drawn) or index (values already indexed). */
  scale?: ScaleSpec;
  /**
   * Values of other figures drawn beside this one on the same axis (the mirror view's two panels):
   * the y domain covers them too, so equal heights mean equal values across the figures.
   */
  domainValues?: readonly number[];
  /** Name each line at its end, right of the plot (the lines are told apart by name, not only colour). */
  endLabels?: boolean;
  /** Years the source leaves empty are drawn as hatched "no data" bands. */
  showGaps?: boolean;
  /** Text of the highlighted year's callout, if this panel names it. */
  callout?: (year: number) => string;
};

export type ChartSpec = {
  id: string;
  title: string;
  description: string;
  years: number[];
  panels: PanelSpec[];
  markers: readonly KeyEvent[];
  highlightYear: number | null;
  legend: LegendEntry[];
  notes: string[];
};

const MARGIN = { wide: { left: 64, right: 16 }, narrow: { left: 48, right: 12 } } as const;
const TOP = 8;
const MARKER_ROW = 18;
const MARKER_ROWS = 3;
const AXIS_TITLE = 20;
const PANEL_GAP = 16;
const X_AXIS = 28;
const r1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Lays out a chart spec at one size: panels stacked over shared year slots, marker
 * labels on rows above the first panel, year ticks thinned by the plot's width.
 */
export function buildChart(spec: ChartSpec, size: ChartSize): ChartModel {
  const { width, height } = THEME.size[size];
  const margin = MARGIN[size];
  const years = spec.years;
  const n = Math.max(years.length, 1);
  // Room right of the plot for the lines' names, where a panel names its lines.
  const labelRoom = Math.max(
    0,
    ...spec.panels
      .filter((p) => p.endLabels)
      .map((p) =>
        lineLabelRoom(
          p.series.filter((s) => s.kind === "line").map((s) => s.label),
          THEME.font.tick,
        ),
      ),
  );
  const plotWidth = width - margin.left - margin.right - labelRoom;
  const step = plotWidth / n;
  const first = years[0] ?? 0;
  const x = { x0: margin.left, step, first };
  const center = (year: number) => margin.left + (year - first + 0.5) * step;
  const markerBlock = spec.markers.length > 0 ? MARKER_ROWS * MARKER_ROW + 4 : 0;
  const top = TOP + markerBlock;
  const free = height - top - X_AXIS - spec.panels.length * AXIS_TITLE - (spec.panels.length - 1) * PANEL_GAP;
  const totalWeight = spec.panels.reduce((s, p) => s + p.weight, 0) || 1;
  const tickCount = size === "narrow" ? 4 : 6;
  const highlightYear = spec.highlightYear !== null && years.includes(spec.highlightYear) ? spec.highlightYear : null;

  let cursor = top;
  const panels: PanelModel[] = spec.panels.map((p, pi) => {
    const plot = { x: margin.left, y: cursor + AXIS_TITLE, width: plotWidth, height: (free * p.weight) / totalWeight };
    cursor = plot.y + plot.height + PANEL_GAP;
    const values = [
      ...p.series.flatMap((s) => s.values.filter((v): v is number => v !== null)),
      ...(p.domainValues ?? []),
    ];
    const y = buildYScale(values, [plot.y + plot.height, plot.y], tickCount, p.minTop, p.scale);
    const py = (v: number) => project(y, v);
    const zero = baseline(y);
    // On a log axis zero and negative values have no place: they are not drawn (never clamped).
    const shown = (v: number | null | undefined): v is number => v !== null && v !== undefined && drawable(y, v);
    const barSeries = p.series.filter((s) => s.kind === "bar");
    const group = step * 0.8;
    const gap = barSeries.length > 1 ? Math.min(1, group * 0.08) : 0;
    const barWidth = (group - gap * (barSeries.length - 1)) / Math.max(barSeries.length, 1);
    const bars: BarMark[] = barSeries.flatMap((s, si) =>
      years.flatMap((year, i) => {
        const value = s.values[i];
        if (!shown(value)) return [];
        return [
          {
            series: s.id,
            year,
            value,
            x: r1(center(year) - group / 2 + si * (barWidth + gap)),
            y: r1(Math.min(py(value), zero)),
            width: r1(barWidth),
            height: r1(Math.max(0.5, Math.abs(zero - py(value)))),
            estimate: s.estimates?.[i] ?? false,
            highlight: year === highlightYear,
            title: s.titles?.[i] ?? `${year}: ${s.label}: ${p.tickFormat(value)}`,
          },
        ];
      }),
    );
    const lines: LineMark[] = p.series
      .filter((s) => s.kind === "line")
      .map((s) => {
        const segments: LineMark["segments"] = [];
        let current: LineMark["segments"][number] = [];
        years.forEach((year, i) => {
          const value = s.values[i];
          if (!shown(value)) {
            if (current.length) segments.push(current); // a missing year breaks the line
            current = [];
            return;
          }
          const title = s.titles?.[i];
          current.push({ year, value, x: r1(center(year)), y: r1(py(value)), ...(title ? { title } : {}) });
        });
        if (current.length) segments.push(current);
        return { series: s.id, segments };
      });
    const points: PointMark[] = p.series
      .filter((s) => s.kind === "point")
      .flatMap((s) =>
        years.flatMap((year, i) => {
          const value = s.values[i];
          if (!shown(value)) return [];
          const title = s.titles?.[i] ?? `${year}: ${s.label}: ${p.tickFormat(value)}`;
          return [{ series: s.id, year, value, cx: r1(center(year)), cy: r1(py(value)), title }];
        }),
      );
    const gaps: GapMark[] = p.showGaps
      ? gapRuns(years, barSeries).map(([a, b]) => ({
          from: a,
          to: b,
          x: r1(center(a) - step / 2),
          width: r1((b - a + 1) * step),
          label: a === b ? `${a}: no data` : `no data ${a}–${b}`,
          labelX: r1((center(a) + center(b)) / 2),
          labelY: r1(plot.y + plot.height - 8),
        }))
      : [];
    const lineLabels = p.endLabels
      ? placeLineLabels(
          lines.flatMap((l) => {
            const s = p.series.find((x) => x.id === l.series)!;
            const last = l.segments[l.segments.length - 1]?.[l.segments[l.segments.length - 1]!.length - 1];
            return last ? [{ series: s.id, text: s.label, x: r1(last.x + 6), y: last.y, color: s.color }] : [];
          }),
          { fontSize: THEME.font.tick, top: plot.y, bottom: plot.y + plot.height },
        )
      : undefined;
    let callout: PanelModel["callout"] = null;
    if (highlightYear !== null && p.callout) {
      const i = years.indexOf(highlightYear);
      const v = barSeries.map((s) => s.values[i]).find(shown);
      const text = p.callout(highlightYear);
      // Kept inside the plot so it never runs into the y ticks or past the edge.
      const half = estimateLabelWidth(text, THEME.font.tick) / 2;
      callout = {
        year: highlightYear,
        text,
        x: r1(Math.min(Math.max(center(highlightYear), plot.x + half), plot.x + plotWidth - half)),
        y: r1((v === undefined ? plot.y + plot.height - 24 : Math.min(py(v), zero)) - 6),
      };
    }
    const last = pi === spec.panels.length - 1;
    return {
      id: p.id,
      unit: p.unit,
      axisTitle: p.axisTitle,
      plot: { x: plot.x, y: r1(plot.y), width: plotWidth, height: r1(plot.height) },
      y,
      yTicks: yTicksOf(y, p.weight < totalWeight / 2 ? 2 : tickCount).map((v) => ({
        value: v,
        label: p.tickFormat(v),
        pos: r1(py(v)),
      })),
      xTicks: last
        ? buildYearTicks(years, plotWidth).map((year) => ({ value: year, label: String(year), pos: r1(center(year)) }))
        : [],
      series: p.series.map(({ id, label, color, kind, derived, values }) => ({
        id,
        label,
        color,
        kind,
        derived,
        values,
      })),
      bars,
      lines,
      points,
      gaps,
      callout,
      ...(lineLabels ? { lineLabels } : {}),
    };
  });

  const firstPlot = panels[0]?.plot ?? { y: top, height: 0 };
  const lastPlot = panels[panels.length - 1]?.plot ?? firstPlot;
  const plotsBottom = lastPlot.y + lastPlot.height;
  const numbered = size === "narrow";
  const markers = placeMarkerLabels(
    spec.markers.map((m, i) => ({ ...m, label: numbered ? String(i + 1) : m.short, x: r1(center(m.year)) })),
    { rows: MARKER_ROWS, maxX: width - margin.right, fontSize: THEME.font.marker },
  ).map((m) => ({
    id: m.id,
    year: m.year,
    x: m.x,
    label: m.label,
    labelX: m.labelX,
    labelY: TOP + m.row * MARKER_ROW + 8,
    anchor: m.anchor,
    lineTop: TOP + m.row * MARKER_ROW + 14,
    lineBottom: r1(plotsBottom),
    title: `${m.dateLabel}: ${m.title} (open in the timeline)`,
    href: m.href,
  }));

  return {
    id: spec.id,
    size,
    width,
    height,
    title: spec.title,
    description: spec.description,
    years: [...years],
    x,
    panels,
    markers,
    highlight:
      highlightYear === null
        ? null
        : {
            year: highlightYear,
            x: r1(center(highlightYear) - step / 2),
            width: r1(step),
            y: firstPlot.y,
            height: r1(plotsBottom - firstPlot.y),
          },
    legend: spec.legend,
    notes: spec.notes,
  };
}
