import { geoPath } from "d3-geo";
import { DRAW_TOLERANCE_DEG } from "./constants";
import { buildGeoLayers, type GeoLayers } from "./layers";
import { buildProjection } from "./projection";
import { buildDrawingTopology } from "./simplify";

/**
 * The map layers drawn in the browser with d3-geo. Loaded on the reader's first zoom or pan
 * (never in the first load), with the topology from its cacheable route. Each zoom level, in
 * powers of two, gets its own simplification (the server's tolerance divided by the scale), so
 * borders stay as crisp as the screen resolves; the paths replace those of the server-drawn SVG
 * in place, so links, patterns and `<use>` copies keep working (the outline and the inner borders
 * are the provinces' own shapes, stroked: components/map/map.css).
 */
export type MapLayers = {
  /** Redraws the layers for scale `k`; returns the detail level used. */
  draw: (svg: SVGSVGElement, k: number) => number;
  /** Longitude and latitude of a point in map units. */
  invert: (x: number, y: number) => [number, number] | null;
};

export const detailLevel = (k: number) => 2 ** Math.max(0, Math.floor(Math.log2(Math.max(1, k))));

type Drawn = {
  provinces: Map<string, string>;
  neighbours: Map<string, string>;
  lake: string;
  rivers: string[];
};

export async function loadMapLayers(url: string): Promise<MapLayers> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`map layers: ${res.status} from ${url}`);
  const topology: unknown = await res.json();
  const { projection } = buildProjection();
  const cache = new Map<number, Drawn>();
  let shown = 1;

  const build = (level: number): Drawn => {
    const layers: GeoLayers = buildGeoLayers(buildDrawingTopology(topology as never, DRAW_TOLERANCE_DEG / level));
    const path = geoPath(projection).digits(level >= 4 ? 2 : 1);
    const d = (g: Parameters<typeof path>[0]) => path(g) ?? "";
    const lake = layers.water.find((w) => w.properties.kind === "lake");
    return {
      provinces: new Map(layers.provinces.map((f) => [f.properties.id, d(f)])),
      neighbours: new Map(layers.neighbours.map((f) => [f.properties.id, d(f)])),
      lake: lake ? d(lake) : "",
      rivers: layers.water.filter((w) => w.properties.kind === "river").map(d),
    };
  };

  const draw = (svg: SVGSVGElement, k: number) => {
    const level = detailLevel(k);
    if (level === shown) return level;
    let drawn = cache.get(level);
    if (!drawn) cache.set(level, (drawn = build(level)));
    const set = (el: Element | null, v: string | undefined) => {
      if (el && v) el.setAttribute("d", v);
    };
    for (const [id, v] of drawn.provinces) set(svg.querySelector(`#prov-${id}`), v);
    for (const [id, v] of drawn.neighbours) set(svg.querySelector(`[data-neighbour="${id}"]`), v);
    set(svg.querySelector(".map-lake"), drawn.lake);
    svg.querySelectorAll(".map-river").forEach((el, i) => set(el, drawn.rivers[i]));
    svg.dataset.detail = String(level);
    shown = level;
    return level;
  };

  return {
    draw,
    invert: (x, y) => projection.invert?.([x, y]) ?? null,
  };
}
