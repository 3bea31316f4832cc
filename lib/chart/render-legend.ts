import type { LegendEntry } from "./legend";
import { type SvgNode, h } from "./svg-node";
import { THEME } from "./theme";

const C = THEME.color;

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
