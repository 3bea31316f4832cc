"use client";

import { ExportMenu } from "@/components/export/export-menu";
import type { MapExportSpec } from "@/lib/export/adapters/map";

/** Width, in figure pixels, the map is drawn at inside the exported figure. */
const FIGURE_INNER_WIDTH = 952;

const preload = () => {
  void import("@/lib/export/browser/standalone-svg");
  void import("@/lib/export/adapters/map-figure");
};

/**
 * The map's export menu. The server supplies everything it knows as plain data (`spec`);
 * the drawn map is the server-rendered <svg> on the page, cloned with its computed
 * colours at the moment of export, so the file shows exactly the current view box.
 */
export function MapExportMenu({ spec }: { spec: MapExportSpec }) {
  const getFigure = async () => {
    const [{ buildStandaloneSvg }, { completeMapExportFigure, buildScaleBarMarkup }] = await Promise.all([
      import("@/lib/export/browser/standalone-svg"),
      import("@/lib/export/adapters/map-figure"),
    ]);
    const svg = document.querySelector<SVGSVGElement>("svg.cession-map");
    if (!svg) throw new Error("the map is not on the page.");
    const [x = 0, y = 0, width = 0, height = 0] = (svg.getAttribute("viewBox") ?? "").split(/[\s,]+/).map(Number);
    if (!(width > 0 && height > 0)) throw new Error("the map has no view box.");
    const markup = buildStandaloneSvg(svg, { width, height }).replace(
      /<\/svg>\s*$/,
      `${buildScaleBarMarkup({ x, y, width, height }, spec.scale, FIGURE_INNER_WIDTH)}</svg>`,
    );
    return completeMapExportFigure(spec, { svg: markup, width, height }, window.location.origin);
  };
  return <ExportMenu label="this map" getFigure={getFigure} preload={preload} />;
}
