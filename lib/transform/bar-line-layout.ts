import { scaleBand, scaleLinear } from "d3-scale";
import { buildMarkerLayout, type KeyEvent, type PlacedMarker } from "./event-links";

/**
 * Pixel layout of a bar-and-line chart over years: grouped bars, lines broken at
 * missing years, and free-standing points. Pure, so the server-rendered chart, the
 * export renderer and the tests share one geometry.
 */
export type LayoutInput = {
  years: readonly number[];
  bars: readonly { key: string; values: readonly (number | null)[]; flags?: readonly boolean[] }[];
  lines: readonly { key: string; values: readonly (number | null)[] }[];
  points: readonly { key: string; values: readonly (number | null)[] }[];
  width: number;
  height: number;
  margin?: { top: number; right: number; bottom: number; left: number };
  /** Key events to mark on the time axis; their labels get rows above the plot. */
  markers?: readonly KeyEvent[];
  /** A year to highlight with a band behind its bars (ignored if not on the axis). */
  highlightYear?: number | null;
};

export type LayoutBar = {
  key: string;
  year: number;
  x: number;
  y: number;
  width: number;
  height: number;
  value: number;
  flagged: boolean;
};
export type LayoutPoint = { key: string; year: number; cx: number; cy: number; value: number };
export type ChartLayout = {
  width: number;
  height: number;
  plot: { x: number; y: number; width: number; height: number };
  bars: LayoutBar[];
  lines: { key: string; d: string }[];
  points: LayoutPoint[];
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; value: number }[];
  zeroY: number;
  /** Each year's full slot on the x axis (centre ± half a step), e.g. to shade years without data. */
  slots: { year: number; x0: number; x1: number }[];
  /** Event markers: line at the year's centre, label on `row` (baseline y `labelY`). */
  markers: (PlacedMarker & { labelY: number })[];
  highlight: { year: number; x: number; width: number } | null;
};

export const DEFAULT_MARGIN = { top: 16, right: 16, bottom: 36, left: 64 };
/** Height of one row of marker labels above the plot. */
export const MARKER_ROW = 16;
const MARKER_ROWS = 3;

/** Label every year on short ranges and every 5th or 10th year on long ones, so labels never collide. */
export function buildYearTicks(years: readonly number[], plotWidth: number): number[] {
  const maxLabels = Math.max(2, Math.floor(plotWidth / 44));
  const step = [1, 2, 5, 10, 20, 50].find((s) => years.length / s <= maxLabels) ?? 100;
  return years.filter((y) => y % step === 0);
}

export function buildBarLineLayout(input: LayoutInput): ChartLayout {
  const base = input.margin ?? DEFAULT_MARGIN;
  const markerInput = input.markers ?? [];
  // Marker labels sit above the plot, so the plot gives up their rows' height.
  const m = markerInput.length > 0 ? { ...base, top: base.top + MARKER_ROWS * MARKER_ROW } : base;
  const plot = { x: m.left, y: m.top, width: input.width - m.left - m.right, height: input.height - m.top - m.bottom };
  const all = [...input.bars, ...input.lines, ...input.points]
    .flatMap((s) => s.values)
    .filter((v): v is number => v !== null);
  const lo = Math.min(0, ...all);
  const hi = Math.max(0, ...all);
  const y = scaleLinear()
    .domain([lo, hi === lo ? lo + 1 : hi])
    .nice(6)
    .range([plot.y + plot.height, plot.y]);
  const x = scaleBand<number>()
    .domain([...input.years])
    .range([plot.x, plot.x + plot.width])
    .paddingInner(0.2)
    .paddingOuter(0.1);
  const inner = scaleBand<string>()
    .domain(input.bars.map((b) => b.key))
    .range([0, x.bandwidth()])
    .paddingInner(0.08);
  const center = (year: number) => (x(year) ?? 0) + x.bandwidth() / 2;
  const zeroY = y(0);

  const bars: LayoutBar[] = [];
  for (const series of input.bars) {
    series.values.forEach((value, i) => {
      const year = input.years[i];
      if (value === null || year === undefined) return;
      const top = Math.min(y(value), zeroY);
      bars.push({
        key: series.key,
        year,
        value,
        flagged: series.flags?.[i] ?? false,
        x: (x(year) ?? 0) + (inner(series.key) ?? 0),
        y: top,
        width: inner.bandwidth(),
        height: Math.abs(zeroY - y(value)),
      });
    });
  }

  const lines = input.lines.map((series) => {
    let d = "";
    let pen = false;
    series.values.forEach((value, i) => {
      const year = input.years[i];
      if (value === null || year === undefined) {
        pen = false; // a missing year breaks the line: no interpolation across gaps
        return;
      }
      d += `${pen ? "L" : "M"}${round(center(year))},${round(y(value))}`;
      pen = true;
    });
    return { key: series.key, d };
  });

  const points: LayoutPoint[] = input.points.flatMap((series) =>
    series.values.flatMap((value, i) => {
      const year = input.years[i];
      return value === null || year === undefined
        ? []
        : [{ key: series.key, year, value, cx: center(year), cy: y(value) }];
    }),
  );

  const markers = buildMarkerLayout(markerInput, center, undefined, MARKER_ROWS, plot.x + plot.width).map((mk) => ({
    ...mk,
    labelY: base.top + mk.row * MARKER_ROW + 4,
  }));
  const hx = input.highlightYear == null ? undefined : x(input.highlightYear);
  const step = x.step();
  const highlight =
    hx === undefined || input.highlightYear == null
      ? null
      : { year: input.highlightYear, x: round(hx - (step - x.bandwidth()) / 2), width: round(step) };

  return {
    width: input.width,
    height: input.height,
    plot,
    bars,
    lines,
    points,
    xTicks: buildYearTicks(input.years, plot.width).map((year) => ({ x: center(year), label: String(year) })),
    yTicks: y.ticks(6).map((value) => ({ y: y(value), value })),
    zeroY,
    slots: input.years.map((year) => ({ year, x0: center(year) - x.step() / 2, x1: center(year) + x.step() / 2 })),
    markers,
    highlight,
  };
}

const round = (n: number) => Math.round(n * 10) / 10;
