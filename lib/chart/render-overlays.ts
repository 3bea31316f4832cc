import type { ChartModel, MarkerMark, PanelModel } from "./model";
import { type SvgNode, h } from "./svg-node";
import { THEME } from "./theme";

/** Parts of the static figure that the Recharts chart also draws, from the same model. */
const C = THEME.color;

/** The hatches of estimates and of years without data. */
export function renderPatterns(prefix: string): SvgNode {
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

/** Years without data: a hatched band and its label, so a gap never reads as zero. */
export function renderGaps(panel: PanelModel, prefix: string): SvgNode {
  return h(
    "g",
    { class: "gaps" },
    ...panel.gaps.map((g) =>
      h(
        "g",
        { class: "gap", "data-gap": `${g.from}-${g.to}` },
        h("rect", { x: g.x, y: panel.plot.y, width: g.width, height: panel.plot.height, fill: `url(#${prefix}-gap)` }),
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
  );
}

/** The event markers: also drawn, from the same model, inside the Recharts chart. */
export function renderMarkers(markers: readonly MarkerMark[], { links }: { links: boolean }): SvgNode {
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

/** Below the first panel only the markers' dashed lines continue (their labels and links are above). */
export function renderMarkerLines(markers: readonly MarkerMark[]) {
  return h(
    "g",
    { class: "event-marker-lines" },
    ...markers.map((m) =>
      h("line", {
        x1: m.x,
        x2: m.x,
        y1: m.lineTop,
        y2: m.lineBottom,
        stroke: C.marker,
        "stroke-width": THEME.stroke.marker,
        "stroke-dasharray": THEME.stroke.markerDash,
      }),
    ),
  );
}
