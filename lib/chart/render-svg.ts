import type { ChartModel, PanelModel } from "./model";
import { renderGaps, renderHighlight, renderMarkers, renderPatterns } from "./render-overlays";
import { type SvgNode, h } from "./svg-node";
import { THEME } from "./theme";

const C = THEME.color;

export { renderGaps, renderHighlight, renderMarkerLines, renderMarkers, renderPatterns } from "./render-overlays";
export { buildSwatch, legendHatch } from "./render-legend";

export type RenderOptions = {
  /** Marker labels link to the timeline on the page; an exported file has nothing to open. */
  links: boolean;
  /** Unique per document (pattern ids). */
  idPrefix: string;
};

const linePath = (segments: { x: number; y: number }[][]) =>
  segments.map((seg) => seg.map((p, i) => `${i ? "L" : "M"}${p.x},${p.y}`).join("")).join("");

function axes(panel: PanelModel): SvgNode {
  const { plot } = panel;
  return h(
    "g",
    { class: "axes", fill: C.muted, "font-size": THEME.font.tick },
    h(
      "text",
      { class: "axis-title", x: plot.x, y: plot.y - 8, "font-weight": 600, "font-size": THEME.font.axisTitle },
      panel.axisTitle,
    ),
    h(
      "g",
      { class: "y-axis" },
      ...panel.yTicks.map((t) =>
        h(
          "g",
          { "data-value": t.value },
          h("line", {
            x1: plot.x,
            x2: plot.x + plot.width,
            y1: t.pos,
            y2: t.pos,
            stroke: t.value === 0 ? C.muted : C.grid,
          }),
          h("text", { x: plot.x - 6, y: t.pos, dy: "0.32em", "text-anchor": "end" }, t.label),
        ),
      ),
    ),
    panel.xTicks.length > 0 &&
      h(
        "g",
        { class: "x-axis" },
        ...panel.xTicks.map((t) =>
          h("text", { x: t.pos, y: plot.y + plot.height + 23, "text-anchor": "middle", "data-year": t.value }, t.label),
        ),
      ),
  );
}

function marks(panel: PanelModel, color: Map<string, string>, prefix: string): SvgNode[] {
  return [
    renderGaps(panel, prefix),
    h(
      "g",
      { class: "bars" },
      ...panel.bars.map((b) =>
        h(
          "g",
          { "data-series": b.series, "data-year": b.year, "data-value": b.value },
          h(
            "rect",
            {
              class: b.highlight ? "bar bar--highlight" : "bar",
              x: b.x,
              y: b.y,
              width: b.width,
              height: b.height,
              fill: color.get(b.series),
              ...(b.highlight ? { stroke: C.text, "stroke-width": THEME.stroke.highlight } : {}),
            },
            h("title", {}, b.title),
          ),
          b.estimate &&
            h("rect", { x: b.x, y: b.y, width: b.width, height: b.height, fill: `url(#${prefix}-estimate)` }),
        ),
      ),
    ),
    h(
      "g",
      { class: "lines", fill: "none", "stroke-width": THEME.stroke.line, "stroke-linejoin": "round" },
      ...panel.lines
        .filter((l) => l.segments.length > 0)
        .map((l) => h("path", { d: linePath(l.segments), stroke: color.get(l.series), "data-series": l.series })),
    ),
    h(
      "g",
      { class: "points" },
      ...panel.points.map((p) =>
        h(
          "rect",
          {
            "data-series": p.series,
            "data-year": p.year,
            "data-value": p.value,
            x: p.cx - 5,
            y: p.cy - 5,
            width: 10,
            height: 10,
            transform: `rotate(45 ${p.cx} ${p.cy})`,
            fill: color.get(p.series),
            stroke: C.background,
            "stroke-width": THEME.stroke.pointOutline,
          },
          h("title", {}, p.title),
        ),
      ),
    ),
  ];
}

/** The lines' names at their ends (the page paints colours through `paint`; the export draws them as they are). */
export function renderLineLabels(panel: PanelModel, paint: (color: string) => string = (c) => c): SvgNode | false {
  const labels = panel.lineLabels ?? [];
  return (
    labels.length > 0 &&
    h(
      "g",
      { class: "line-labels", "font-size": THEME.font.tick, "font-weight": 600, "dominant-baseline": "central" },
      ...labels.map((l) => h("text", { x: l.x, y: l.y, fill: paint(l.color), "data-series": l.series }, l.text)),
    )
  );
}

function callouts(panel: PanelModel): SvgNode | false {
  const c = panel.callout;
  return (
    c !== null &&
    h(
      "text",
      {
        class: "highlight-label",
        "data-year": c.year,
        x: c.x,
        y: c.y,
        "text-anchor": "middle",
        "font-weight": 700,
        fill: C.text,
        stroke: C.background,
        "stroke-width": 4,
        "paint-order": "stroke",
      },
      c.text,
    )
  );
}

/**
 * The static renderer: the whole figure as one SVG tree, for the server page (first
 * paint and no JavaScript) and, serialised, for the export.
 */
export function renderChartSvg(model: ChartModel, opts: RenderOptions): SvgNode {
  const color = new Map(model.panels.flatMap((p) => p.series.map((s) => [s.id, s.color] as const)));
  return h(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      viewBox: `0 0 ${model.width} ${model.height}`,
      width: model.width,
      height: model.height,
      role: "img",
      "aria-label": model.description,
      class: `chart-static chart-static--${model.size}`,
      "data-chart": `${model.id}-static`,
      "data-size": model.size,
      // The year slots, so a pointer over the static figure finds its year before any chart library loads.
      "data-x0": model.x.x0,
      "data-step": model.x.step,
      "data-first": model.x.first,
      "font-family": THEME.font.family,
      "font-size": THEME.font.tick,
    },
    renderPatterns(opts.idPrefix),
    renderHighlight(model),
    ...model.panels.flatMap((p) => [
      h(
        "g",
        { class: "panel", "data-panel": p.id },
        axes(p),
        ...marks(p, color, opts.idPrefix),
        callouts(p),
        renderLineLabels(p),
      ),
    ]),
    renderMarkers(model.markers, opts),
  );
}
