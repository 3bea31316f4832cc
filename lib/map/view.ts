import type { Box, Point } from "./model";

/**
 * Pure geometry of the explorable view: the SVG viewBox as a box in map units, zoomed about a
 * point, panned and kept inside the map's frame (Cambodia and its neighbours). Scale 1 is the
 * whole map; the map keeps its aspect ratio at every scale.
 */
export const MIN_SCALE = 1;
export const MAX_SCALE = 16;
/** From this zoom on, the map has room for today's province names under the 1941 labels. */
export const ZOOMED_SCALE = 1.5;

export type MapFrame = { width: number; height: number };

export const scaleOf = (view: Box, frame: MapFrame) => frame.width / view.width;

/** Keeps the scale within [MIN_SCALE, MAX_SCALE] and the box inside the frame. */
export function clampView(view: Box, frame: MapFrame): Box {
  const k = Math.min(MAX_SCALE, Math.max(MIN_SCALE, scaleOf(view, frame)));
  const width = frame.width / k;
  const height = frame.height / k;
  const cx = view.x + view.width / 2;
  const cy = view.y + view.height / 2;
  const x = Math.min(frame.width - width, Math.max(0, cx - width / 2));
  const y = Math.min(frame.height - height, Math.max(0, cy - height / 2));
  return { x, y, width, height };
}

/** Multiplies the scale by `factor`, keeping the map point `at` under the same screen position. */
export function zoomAt(view: Box, frame: MapFrame, factor: number, at: Point): Box {
  const k = Math.min(MAX_SCALE, Math.max(MIN_SCALE, scaleOf(view, frame) * factor));
  const width = frame.width / k;
  const height = frame.height / k;
  const fx = (at.x - view.x) / view.width;
  const fy = (at.y - view.y) / view.height;
  return clampView({ x: at.x - fx * width, y: at.y - fy * height, width, height }, frame);
}

/** Moves the view by a fraction of its own size (keyboard) or by map units (drag). */
export function panBy(view: Box, frame: MapFrame, dx: number, dy: number): Box {
  return clampView({ ...view, x: view.x + dx, y: view.y + dy }, frame);
}

/** The view of a given centre (map units) and scale. */
export function viewAt(centre: Point, scale: number, frame: MapFrame): Box {
  const width = frame.width / scale;
  const height = frame.height / scale;
  return clampView({ x: centre.x - width / 2, y: centre.y - height / 2, width, height }, frame);
}

export const centreOf = (view: Box): Point => ({ x: view.x + view.width / 2, y: view.y + view.height / 2 });

const NICE_KM = [1, 2, 5, 10, 20, 25, 50, 100, 200] as const;

/**
 * The scale bar for a view: the longest round length that takes at most `maxFraction` of the
 * view's width, given the length of 100 km in map units.
 */
export function pickScaleBar(unitsPer100Km: number, viewWidth: number, maxFraction = 0.25) {
  const unitsPerKm = unitsPer100Km / 100;
  let km: number = NICE_KM[0];
  for (const n of NICE_KM) if ((n * unitsPerKm) / viewWidth <= maxFraction) km = n;
  return { km, fraction: (km * unitsPerKm) / viewWidth };
}

/** Rounds a view for the URL: centre to 0.001° and scale to 0.01 (a few metres, invisible). */
export const roundCoord = (n: number) => Math.round(n * 1000) / 1000;
export const roundScale = (n: number) => Math.round(n * 100) / 100;
