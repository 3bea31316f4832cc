import { geoArea } from "d3-geo";
import type { GeoPermissibleObjects } from "d3-geo";
import { EARTH_RADIUS_KM } from "./constants";

/** Spherical area in km² (d3-geo steradians × R²). */
export function areaKm2(object: GeoPermissibleObjects): number {
  return geoArea(object) * EARTH_RADIUS_KM * EARTH_RADIUS_KM;
}
