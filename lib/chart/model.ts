import type { LegendEntry } from "./legend";
import type { LineLabel } from "./line-labels";
import type { ChartSize } from "./theme";

/**
 * The chart model: a pure, serialisable description of one figure in SVG units.
 * Built by one function per chart kind (views/<route>/figure.ts) from
 * the view's rows; drawn by the static renderer (render-svg.ts), the Recharts chart
 * and the export alike, so they cannot drift. Every mark carries its year and value.
 */

/**
 * A y scale as data. `linear`: values as the source gives them. `index`: values already
 * divided by their base year's value × 100 (base year = 100), drawn on a linear axis.
 * `log`: base-10 logarithmic, positive values only (the domain runs between powers of ten).
 */
export type YScale =
  | { kind: "linear"; domain: [number, number]; range: [number, number] }
  | { kind: "index"; base: number; domain: [number, number]; range: [number, number] }
  | { kind: "log"; domain: [number, number]; range: [number, number] };
export type YScaleKind = YScale["kind"];

export type Rect = { x: number; y: number; width: number; height: number };
export type Tick = { value: number; label: string; pos: number };

/** Series as drawn: `values` aligned with the model's `years` (null = no figure, a gap). */
export type SeriesModel = {
  id: string;
  label: string;
  color: string;
  kind: "bar" | "line" | "point";
  derived: boolean;
  values: (number | null)[];
};

export type BarMark = {
  series: string;
  year: number;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
  estimate: boolean;
  highlight: boolean;
  /** Read on hover or focus of the static chart (an SVG <title>). */
  title: string;
};
/** `title`: the year's hover text, where the chart kind gives one (read by the static figure's first tip). */
export type LinePoint = { year: number; value: number; x: number; y: number; title?: string };
/** A line broken at missing years: one segment per run of consecutive values. */
export type LineMark = { series: string; segments: LinePoint[][] };
export type PointMark = { series: string; year: number; value: number; cx: number; cy: number; title: string };
export type GapMark = {
  from: number;
  to: number;
  x: number;
  width: number;
  label: string;
  labelX: number;
  labelY: number;
};
export type Callout = { year: number; text: string; x: number; y: number };

export type PanelModel = {
  id: string;
  unit: string;
  /** Heading of the axis, drawn above the plot's left edge. */
  axisTitle: string;
  plot: Rect;
  y: YScale;
  yTicks: Tick[];
  /** Year labels under the plot; empty for a panel stacked above another. */
  xTicks: Tick[];
  series: SeriesModel[];
  bars: BarMark[];
  lines: LineMark[];
  points: PointMark[];
  gaps: GapMark[];
  callout: Callout | null;
  /** Each line named at its end, right of the plot (panels whose spec asks for it). */
  lineLabels?: LineLabel[];
};

/** An event marker: a dashed line at the year's centre and a label (text, or a number on narrow figures). */
export type MarkerMark = {
  id: string;
  year: number;
  x: number;
  label: string;
  labelX: number;
  labelY: number;
  anchor: "start" | "end";
  lineTop: number;
  lineBottom: number;
  title: string;
  href: string;
};

export type ChartModel = {
  id: string;
  size: ChartSize;
  width: number;
  height: number;
  title: string;
  /** Accessible description of the image. */
  description: string;
  years: number[];
  /** Uniform year slots shared by every panel: centre of year i = x0 + (i + 0.5) · step. */
  x: { x0: number; step: number; first: number };
  panels: PanelModel[];
  markers: MarkerMark[];
  highlight: { year: number; x: number; width: number; y: number; height: number } | null;
  legend: LegendEntry[];
  notes: string[];
};

export const yearCenter = (m: Pick<ChartModel, "x">, year: number) => m.x.x0 + (year - m.x.first + 0.5) * m.x.step;

/** Whether a value can be drawn on the scale: a log axis has no place for zero or below. */
export const drawable = (scale: Pick<YScale, "kind">, value: number) => scale.kind !== "log" || value > 0;

export function project(scale: YScale, value: number): number {
  const [d0, d1] = scale.domain;
  const [r0, r1] = scale.range;
  if (scale.kind === "log") {
    // Not drawable values sit on the axis' bottom; callers skip them (see `drawable`).
    if (value <= 0) return r0;
    const l0 = Math.log10(d0);
    return r0 + ((Math.log10(value) - l0) / (Math.log10(d1) - l0 || 1)) * (r1 - r0);
  }
  return r0 + ((value - d0) / (d1 - d0 || 1)) * (r1 - r0);
}

/** Where bars start: zero on a linear axis, the bottom of a log axis. */
export const baseline = (scale: YScale) => (scale.kind === "log" ? scale.range[0] : project(scale, 0));
