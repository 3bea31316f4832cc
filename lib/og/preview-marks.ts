import type { ChartModel } from "@/lib/chart/model";
import { THEME } from "@/lib/chart/theme";

/** A text label at a point of the figure, in the model's SVG units. */
export type PreviewLabel = { text: string; x: number; y: number; anchor: "start" | "middle" | "end" };

/**
 * A chart model reduced to what a preview image draws: the marks of every series (bars,
 * lines, press points), the zero or bottom rule, the axis extremes (lowest and highest y tick,
 * first and last year) and the legend. Coordinates stay the model's, so the preview is the
 * page's figure, scaled; the image renderer (components/og/preview-figure.tsx) draws the
 * marks as one SVG and the labels as positioned text, which the image library supports.
 */
export type PreviewMarks = {
  width: number;
  height: number;
  rules: { x1: number; x2: number; y: number }[];
  bars: { x: number; y: number; width: number; height: number; color: string; estimate: boolean }[];
  lines: { d: string; color: string }[];
  points: { cx: number; cy: number; color: string }[];
  labels: PreviewLabel[];
  legend: { label: string; color: string; shape: "bar" | "line" | "point" | "area" }[];
};

/**
 * Text as the preview's font can draw it. The font is Source Sans 3's Latin subset, which has
 * no arrow: the image library would fetch a font for it from the network, so "→" is spelled out.
 */
export const previewText = (text: string) => text.replaceAll(" → ", " to ").replaceAll("→", "to");

const linePath = (segments: { x: number; y: number }[][]) =>
  segments.map((seg) => seg.map((p, i) => `${i ? "L" : "M"}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join("")).join("");

const ends = <T>(list: readonly T[]): T[] => (list.length > 1 ? [list[0]!, list[list.length - 1]!] : [...list]);

export function buildPreviewMarks(model: ChartModel): PreviewMarks {
  const color = new Map(model.panels.flatMap((p) => p.series.map((s) => [s.id, s.color] as const)));
  const paint = (series: string) => color.get(series) ?? THEME.color.text;
  const marks: PreviewMarks = {
    width: model.width,
    height: model.height,
    rules: [],
    bars: [],
    lines: [],
    points: [],
    labels: [],
    // Hatched entries (estimates, gaps) are patterns the preview does not draw.
    legend: model.legend
      .filter((e) => !e.hatched && !e.dash && !e.color.startsWith("url("))
      .map((e) => ({ label: previewText(e.label), color: e.color, shape: e.shape })),
  };
  for (const panel of model.panels) {
    const { plot } = panel;
    for (const t of ends(panel.yTicks)) {
      marks.rules.push({ x1: plot.x, x2: plot.x + plot.width, y: t.pos });
      marks.labels.push({ text: previewText(t.label), x: plot.x - 6, y: t.pos, anchor: "end" });
    }
    for (const t of ends(panel.xTicks))
      marks.labels.push({ text: previewText(t.label), x: t.pos, y: plot.y + plot.height + 18, anchor: "middle" });
    for (const b of panel.bars)
      marks.bars.push({
        x: b.x,
        y: b.y,
        width: b.width,
        height: b.height,
        color: paint(b.series),
        estimate: b.estimate,
      });
    for (const l of panel.lines)
      if (l.segments.length > 0) marks.lines.push({ d: linePath(l.segments), color: paint(l.series) });
    for (const p of panel.points) marks.points.push({ cx: p.cx, cy: p.cy, color: paint(p.series) });
  }
  return marks;
}
