import type { Feature, MultiLineString, MultiPolygon, Polygon } from "geojson";

export type Position2 = [number, number];
export type RingCoords = Position2[];
export type PolygonCoords = RingCoords[];
export type MultiPolygonCoords = PolygonCoords[];

export type ProvinceProps = { id: string; name: string; name_km: string; iso: string };
export type NeighbourProps = { id: string; name: string; iso: string };
export type WaterProps = { kind: "lake" | "river"; name?: string };

export type ProvinceFeature = Feature<Polygon | MultiPolygon, ProvinceProps>;
export type NeighbourFeature = Feature<Polygon | MultiPolygon, NeighbourProps>;
export type WaterFeature = Feature<Polygon | MultiPolygon | MultiLineString | import("geojson").LineString, WaterProps>;
