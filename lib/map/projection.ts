import { geoConicEqualArea, type GeoProjection } from "d3-geo";
import type { MultiPoint } from "geojson";
import { EARTH_RADIUS_KM } from "./constants";
import type { Box, Point } from "./model";

import { FRAME } from "./constants";

export { FRAME };
export const MAP_WIDTH = 800;

function frameOutline(): MultiPoint {
  const pts: [number, number][] = [];
  for (let lon = FRAME.west; lon <= FRAME.east + 1e-9; lon += 0.25) pts.push([lon, FRAME.south], [lon, FRAME.north]);
  for (let lat = FRAME.south; lat <= FRAME.north + 1e-9; lat += 0.25) pts.push([FRAME.west, lat], [FRAME.east, lat]);
  return { type: "MultiPoint", coordinates: pts };
}

/**
 * Equal-area conic fitted to the frame (standard parallels bracket Cambodia), so filled areas
 * compare fairly. Returns the projection and the map height for MAP_WIDTH.
 */
export function buildProjection(): { projection: GeoProjection; width: number; height: number } {
  const frame = frameOutline();
  const projection = geoConicEqualArea().parallels([10.5, 14]).rotate([-105, 0]).fitWidth(MAP_WIDTH, frame);
  const ys = frame.coordinates.map((c) => projection(c as [number, number])?.[1] ?? 0);
  const height = Math.ceil(Math.max(...ys) - Math.min(...ys));
  return { projection, width: MAP_WIDTH, height };
}

export function projectPoint(projection: GeoProjection, lon: number, lat: number): Point {
  const p = projection([lon, lat]) ?? [0, 0];
  return { x: round1(p[0]), y: round1(p[1]) };
}

/**
 * Length in viewBox units of `km` measured along the parallel `lat`, centred on the projection's
 * central meridian. Over 100 km the chord and the arc of the parallel differ by far less than a pixel.
 */
export function scaleBarLength(projection: GeoProjection, km: number, lat: number): number {
  const dLon = (km / EARTH_RADIUS_KM / Math.cos((lat * Math.PI) / 180)) * (180 / Math.PI);
  const a: [number, number] = [105 - dLon / 2, lat];
  const b: [number, number] = [105 + dLon / 2, lat];
  const pa = projection(a) ?? [0, 0];
  const pb = projection(b) ?? [0, 0];
  return Math.hypot(pb[0] - pa[0], pb[1] - pa[1]);
}

/** Grows a box to the map's aspect ratio (so it fills the reserved box) and pads it; clamps to the map. */
export function fitBox(b: [[number, number], [number, number]], width: number, height: number, pad = 24): Box {
  let [[x0, y0], [x1, y1]] = b;
  x0 -= pad;
  y0 -= pad;
  x1 += pad;
  y1 += pad;
  const aspect = width / height;
  let w = x1 - x0;
  let h = y1 - y0;
  if (w / h < aspect) {
    const nw = h * aspect;
    x0 -= (nw - w) / 2;
    w = nw;
  } else {
    const nh = w / aspect;
    y0 -= (nh - h) / 2;
    h = nh;
  }
  w = Math.min(w, width);
  h = Math.min(h, height);
  x0 = Math.max(0, Math.min(x0, width - w));
  y0 = Math.max(0, Math.min(y0, height - h));
  return { x: round1(x0), y: round1(y0), width: round1(w), height: round1(h) };
}

export const round1 = (n: number) => Math.round(n * 10) / 10;
