import type { ChartModel, LineMark } from "@/lib/chart/model";

/**
 * Each static figure's lines, by its SVG root, registered when the figure is drawn in the
 * browser (chart-svg.tsx). A line is one path, so unlike a bar or a point it has no element per
 * year to carry the year's hover text; the model the figure was drawn from has it. (In the HTML
 * it would add every value of every line to the page a second time.) Apart from static-tip.ts so
 * that a figure without the tip (the embeds) carries only this.
 */
const figureLines = new WeakMap<Element, readonly LineMark[]>();

export function registerStaticLines(svg: Element | null, model: ChartModel): void {
  if (svg)
    figureLines.set(
      svg,
      model.panels.flatMap((p) => p.lines),
    );
}

/** The lines' hover texts for a year, in the order of the legend. */
export const lineTitles = (svg: Element, year: number): string[] =>
  (figureLines.get(svg) ?? []).flatMap((l) => l.segments.flat().flatMap((p) => (p.year === year && p.title) || []));
