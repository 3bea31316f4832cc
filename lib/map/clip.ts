import { intersection } from "./polygon-clipping";
import type { MultiPolygon, Polygon } from "geojson";
import { areaKm2 } from "./area";
import type { MultiPolygonCoords, PolygonCoords } from "./geo-types";

/** Polygon or MultiPolygon coordinates as a MultiPolygon. */
export function toMultiPolygon(geometry: Polygon | MultiPolygon): MultiPolygonCoords {
  return (geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates) as MultiPolygonCoords;
}

/**
 * polygon-clipping returns GeoJSON winding (outer rings counter-clockwise); d3-geo reads a
 * counter-clockwise outer ring as "the whole sphere minus this", so rings are reversed for d3.
 */
export function toD3Winding(mp: MultiPolygonCoords): MultiPolygon {
  return {
    type: "MultiPolygon",
    coordinates: mp.map((poly: PolygonCoords) => poly.map((ring) => [...ring].reverse())),
  };
}

export type ClipResult = { geometry: MultiPolygon | null; areaKm2: number };

/** The part of a province inside the rule polygon, with its spherical area. */
export function buildClip(province: Polygon | MultiPolygon, rule: MultiPolygonCoords): ClipResult {
  const clipped = intersection(toMultiPolygon(province), rule) as MultiPolygonCoords;
  if (clipped.length === 0) return { geometry: null, areaKm2: 0 };
  const geometry = toD3Winding(clipped);
  return { geometry, areaKm2: areaKm2(geometry) };
}
