import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { FeatureCollection, MultiLineString } from "geojson";
import type {
  NeighbourFeature,
  NeighbourProps,
  Position2,
  ProvinceFeature,
  ProvinceProps,
  WaterFeature,
  WaterProps,
} from "./geo-types";

type CessionTopology = Topology<{
  provinces: GeometryCollection<ProvinceProps>;
  neighbours: GeometryCollection<NeighbourProps>;
  water: GeometryCollection<WaterProps>;
}>;

export type GeoLayers = {
  provinces: ProvinceFeature[];
  neighbours: NeighbourFeature[];
  water: WaterFeature[];
  /** Borders between provinces (each shared border once). */
  innerBorders: MultiLineString;
  /** Cambodia's outer border. */
  outline: MultiLineString;
  battambangPursat: Position2[][];
  siemReapBattambang: Position2[][];
  mekong: Position2[][];
};

const idOf = (g: { properties?: unknown }) => (g.properties as ProvinceProps | undefined)?.id;
const pair = (a: string, b: string) => (x: { properties?: unknown }, y: { properties?: unknown }) =>
  (idOf(x) === a && idOf(y) === b) || (idOf(x) === b && idOf(y) === a);

/** Decodes the validated topology into GeoJSON layers and the boundary lines the treaty rule needs. */
export function buildGeoLayers(topologyInput: unknown): GeoLayers {
  // parseGeo has validated the shape; topojson-specification types describe the same structure.
  const topology = topologyInput as CessionTopology;
  const o = topology.objects;
  const provinces = (feature(topology, o.provinces) as FeatureCollection).features as ProvinceFeature[];
  const neighbours = (feature(topology, o.neighbours) as FeatureCollection).features as NeighbourFeature[];
  const water = (feature(topology, o.water) as FeatureCollection).features as WaterFeature[];
  const lines = (m: MultiLineString) => m.coordinates as Position2[][];
  const mekong = water
    .filter((w) => w.properties.name === "Mekong")
    .flatMap((w) =>
      w.geometry.type === "MultiLineString"
        ? w.geometry.coordinates
        : w.geometry.type === "LineString"
          ? [w.geometry.coordinates]
          : [],
    ) as Position2[][];
  return {
    provinces,
    neighbours,
    water,
    innerBorders: mesh(topology, o.provinces, (a, b) => a !== b),
    outline: mesh(topology, o.provinces, (a, b) => a === b),
    battambangPursat: lines(mesh(topology, o.provinces, pair("battambang", "pursat"))),
    siemReapBattambang: lines(mesh(topology, o.provinces, pair("siem-reap", "battambang"))),
    mekong,
  };
}
