"use client";

import { ExportMenu } from "@/components/export/export-menu";
import { ShareMenu } from "@/components/share/share-menu";
import { embedTarget } from "@/views/shared/embed-target";
import { mapEmbed } from "../embed";
import type { ThemeName } from "@/lib/chart/palette";
import type { MapExportSpec } from "@/views/map/export";
import { pickScaleBar } from "@/lib/map/view";

/** Width, in figure pixels, the map is drawn at inside the exported figure. */
const FIGURE_INNER_WIDTH = 952;
/** The server's description of a view's export (legend, sources, table), for the URL's query. */
const SPEC_URL = "/api/map/export";

async function fetchSpec(search: string): Promise<MapExportSpec> {
  const res = await fetch(`${SPEC_URL}${search}`);
  if (!res.ok) throw new Error(`the map's export data could not be loaded (${res.status}).`);
  return (await res.json()) as MapExportSpec;
}

const preload = () => {
  void import("@/lib/export/browser/standalone-svg");
  void import("@/views/map/export-figure");
};

/**
 * The map's export and share menus. At click time it fetches the server's description of the view in the
 * URL (which holds the zoom the reader set) and clones the server-rendered <svg> with its
 * computed colours, so the file shows exactly the current view box, with its scale bar.
 */
export function MapExportMenu() {
  const getFigure = async (theme: ThemeName) => {
    const [{ buildStandaloneSvg }, { completeMapExportFigure, buildScaleBarMarkup }, spec] = await Promise.all([
      import("@/lib/export/browser/standalone-svg"),
      import("@/views/map/export-figure"),
      fetchSpec(window.location.search),
    ]);
    const svg = document.querySelector<SVGSVGElement>("svg.cession-map");
    if (!svg) throw new Error("the map is not on the page.");
    const [x = 0, y = 0, width = 0, height = 0] = (svg.getAttribute("viewBox") ?? "").split(/[\s,]+/).map(Number);
    if (!(width > 0 && height > 0)) throw new Error("the map has no view box.");
    // The scale bar of the view the reader sees (a round length for the zoom, as on the page).
    const bar = pickScaleBar((spec.scale.length * 100) / spec.scale.km, width);
    const scale = { km: bar.km, length: bar.fraction * width };
    const markup = buildStandaloneSvg(svg, { width, height }, theme).replace(
      /<\/svg>\s*$/,
      `${buildScaleBarMarkup({ x, y, width, height }, scale, FIGURE_INNER_WIDTH)}</svg>`,
    );
    const path = `${window.location.pathname}${window.location.search}`;
    return completeMapExportFigure({ ...spec, path }, { svg: markup, width, height }, window.location.origin);
  };
  return (
    <>
      <ExportMenu label="this map" getFigure={getFigure} preload={preload} />
      {/* The copied image is light, like a downloaded one unless dark is picked. */}
      <ShareMenu
        embed={embedTarget("map", mapEmbed)}
        label="this map"
        getFigure={() => getFigure("light")}
        preload={preload}
      />
    </>
  );
}
