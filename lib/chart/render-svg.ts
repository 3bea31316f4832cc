import type { LegendEntry } from "./legend";
import type { ChartModel, MarkerMark, PanelModel } from "./model";
import { type SvgNode, h } from "./svg-node";
import { THEME } from "./theme";

const C = THEME.color;

export type RenderOptions = {
  /** Marker labels link to the timeline on the page; an exported file has nothing to open. */
  links: boolean;
  /** Unique per document (pattern ids). */
  idPrefix: string;
};

const linePath = (segments: { x: number; y: number }[][]) =>
  segments.map((seg) => seg.map((p, i) => `${i ? "L" : "M"}${p.x},${p.y}`).join("")).join("");

function patterns(prefix: string): SvgNode {
  return h(
    "defs",
    {},
    h(
      "pattern",
      { id: `${prefix}-estimate`, patternUnits: "userSpaceOnUse", width: 6, height: 6, patternTransform: "rotate(45)" },
      h("rect", { width: 6, height: 6, fill: C.background, "fill-opacity": 0.55 }),
      h("line", { x1: 0, y1: 0, x2: 0, y2: 6, stroke: C.background, "stroke-width": 2 }),
    ),
    h(
      "pattern",
      { id: `${prefix}-gap`, patternUnits: "userSpaceOnUse", width: 6, height: 6, patternTransform: "rotate(45)" },
      h("line", { x1: 0, y1: 0, x2: 0, y2: 6, stroke: C.gapHatch, "stroke-width": 2 }),
    ),
  );
}

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
          h("text", { x: t.pos, y: plot.y + plot.height + 20, "text-anchor": "middle", "data-year": t.value }, t.label),
        ),
      ),
  );
}

function marks(panel: PanelModel, color: Map<string, string>, prefix: string): SvgNode[] {
  return [
    h(
      "g",
      { class: "gaps" },
      ...panel.gaps.map((g) =>
        h(
          "g",
          { class: "gap", "data-gap": `${g.from}-${g.to}` },
          h("rect", {
            x: g.x,
            y: panel.plot.y,
            width: g.width,
            height: panel.plot.height,
            fill: `url(#${prefix}-gap)`,
          }),
          h(
            "text",
            {
              class: "gap-label",
              x: g.labelX,
              y: g.labelY,
              "text-anchor": "middle",
              "font-size": THEME.font.note,
              fill: C.muted,
              stroke: C.background,
              "stroke-width": 4,
              "stroke-linejoin": "round",
              "paint-order": "stroke",
            },
            g.label,
          ),
        ),
      ),
    ),
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

/** The event markers: also drawn, from the same model, inside the Recharts chart. */
export function renderMarkers(markers: readonly MarkerMark[], { links }: Pick<RenderOptions, "links">): SvgNode {
  return h(
    "g",
    { class: "event-markers", "font-size": THEME.font.marker, "font-weight": 600, fill: C.text },
    ...markers.map((m) => {
      const body = [
        h("title", {}, m.title),
        h("line", {
          x1: m.x,
          x2: m.x,
          y1: m.lineTop,
          y2: m.lineBottom,
          stroke: C.marker,
          "stroke-width": THEME.stroke.marker,
          "stroke-dasharray": THEME.stroke.markerDash,
        }),
        h(
          "text",
          {
            x: m.labelX,
            y: m.labelY,
            dy: "0.32em",
            "text-anchor": m.anchor,
            "text-decoration": links ? "underline" : undefined,
          },
          m.label,
        ),
      ];
      // Out of the tab order: the list under the chart carries the same links.
      return links
        ? h(
            "a",
            { href: m.href, class: "event-marker", "data-event-id": m.id, "data-year": m.year, tabindex: -1 },
            ...body,
          )
        : h("g", { class: "event-marker", "data-event-id": m.id, "data-year": m.year }, ...body);
    }),
  );
}

export function renderHighlight(model: ChartModel): SvgNode | false {
  const hl = model.highlight;
  return (
    hl !== null &&
    h("rect", {
      class: "highlight-band",
      "data-year": hl.year,
      x: hl.x,
      y: hl.y,
      width: hl.width,
      height: hl.height,
      fill: C.highlight,
    })
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
      "font-family": THEME.font.family,
      "font-size": THEME.font.tick,
    },
    patterns(opts.idPrefix),
    renderHighlight(model),
    ...model.panels.flatMap((p) => [
      h("g", { class: "panel", "data-panel": p.id }, axes(p), ...marks(p, color, opts.idPrefix), callouts(p)),
    ]),
    renderMarkers(model.markers, opts),
  );
}

/** A legend swatch (18 × 14), the same in the page's HTML legend and the exported figure. */
export function buildSwatch(entry: LegendEntry, x = 0, y = 0, hatchId = "legend-hatch"): SvgNode[] {
  const c = entry.color;
  switch (entry.shape) {
    case "line":
      return [
        h("line", {
          x1: x,
          x2: x + 18,
          y1: y + 7,
          y2: y + 7,
          stroke: c,
          "stroke-width": entry.dash ? 2.4 : 3,
          "stroke-dasharray": entry.dash,
        }),
      ];
    case "point":
      return [
        h("rect", { x: x + 4, y: y + 2, width: 10, height: 10, transform: `rotate(45 ${x + 9} ${y + 7})`, fill: c }),
      ];
    case "area":
      return [h("rect", { x, y, width: 18, height: 14, fill: c, stroke: C.text, "stroke-width": 0.75 })];
    default:
      return entry.hatched
        ? [
            h("rect", { x, y, width: 18, height: 14, fill: C.background, stroke: c, "stroke-width": 0.75 }),
            h("rect", { x, y, width: 18, height: 14, fill: `url(#${hatchId})` }),
          ]
        : [h("rect", { x, y, width: 18, height: 14, fill: c })];
  }
}

/** The stripes of hatched swatches. */
export function legendHatch(id: string): SvgNode {
  return h(
    "pattern",
    { id, patternUnits: "userSpaceOnUse", width: 5, height: 5, patternTransform: "rotate(45)" },
    h("line", { x1: 0, y1: 0, x2: 0, y2: 5, stroke: C.gapHatch, "stroke-width": 2 }),
  );
}
