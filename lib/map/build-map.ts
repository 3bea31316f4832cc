import { geoPath } from "d3-geo";
import { union } from "./polygon-clipping";
import type { Geometry, MultiPolygon, Polygon } from "geojson";
import type { CessionEntry } from "@/lib/schemas/geo";
import type { MapAccountTexts } from "@/lib/schemas/map-accounts";
import { encyclopediaReading } from "./accounts";
import { areaKm2 } from "./area";
import { buildClip, toD3Winding, toMultiPolygon } from "./clip";
import { DRAW_TOLERANCE_DEG, ENCYCLOPEDIA_PARALLEL_LAT, GRADE_PARALLEL_LAT } from "./constants";
import type { MultiPolygonCoords, Position2 } from "./geo-types";
import type { GeoLayers } from "./layers";
import type { Box, CessionMapModel, Point, ProvinceModel } from "./model";
import { FRAME, buildProjection, fitBox, projectPoint, round1, scaleBarLength } from "./projection";
import { compactPath } from "./compact-path";
import { simplifyLine } from "./simplify";
import { buildCededAreaSummary } from "./summary";
import { buildTreatyRule, densify } from "./treaty-rule";

/** Fixed label anchors (lon, lat) in open country/sea, chosen by eye on the rendered map. */
const NEIGHBOUR_LABELS: Record<string, [number, number]> = {
  th: [102.5, 14.75],
  la: [106.45, 14.95],
  vn: [107.4, 11.25],
};
const SEA_LABEL: [number, number] = [102.55, 10.8];
const WATER_LABELS: { name: string; at: [number, number] }[] = [
  { name: "Tonle Sap", at: [104.08, 12.86] },
  { name: "Mekong", at: [106.2, 12.05] },
];
const THAI_PROVINCES: Record<string, string> = {
  "Phra Tabong": "พระตะบอง",
  Phibunsongkhram: "พิบูลสงคราม",
  "Nakhon Champassak": "นครจัมปาศักดิ์",
};
export { DRAW_TOLERANCE_DEG };
const SCALE_KM = 100;
const SCALE_LAT = 12.5;

type GeoPathFn = ReturnType<typeof geoPath>;
type PathFn = {
  (g: Parameters<GeoPathFn>[0]): string;
  centroid: GeoPathFn["centroid"];
  bounds: GeoPathFn["bounds"];
};

/** d3's path generator with compact output (integer, relative): see compact-path.ts. */
function compactGeoPath(p: GeoPathFn): PathFn {
  const fn = (g: Parameters<GeoPathFn>[0]) => compactPath(p(g) ?? "");
  return Object.assign(fn, { centroid: p.centroid.bind(p), bounds: p.bounds.bind(p) });
}

function multi(geoms: (Polygon | MultiPolygon)[]): MultiPolygon {
  return {
    type: "MultiPolygon",
    coordinates: geoms.flatMap((g) => (g.type === "Polygon" ? [g.coordinates] : g.coordinates)),
  };
}

function centroid(path: PathFn, g: Geometry): Point {
  const [x, y] = path.centroid(g);
  return { x: round1(x), y: round1(y) };
}

function boxOf(path: PathFn, g: Geometry, width: number, height: number): Box {
  // Generous padding: the labels of the 1941 provinces sit near the edges of the ceded area.
  return fitBox(path.bounds(g), width, height, 48);
}

/** Simplifies every ring of a (non-topological) multipolygon for drawing. */
function light(g: MultiPolygon): MultiPolygon {
  return {
    type: "MultiPolygon",
    coordinates: g.coordinates.map((poly) => poly.map((ring) => simplifyLine(ring as Position2[], DRAW_TOLERANCE_DEG))),
  };
}

function buildProvinces(
  layers: GeoLayers,
  draw: GeoLayers,
  cession: CessionEntry[],
  accounts: MapAccountTexts,
  path: PathFn,
  rule: ReturnType<typeof buildTreatyRule>,
) {
  const byId = new Map(cession.map((c) => [c.province_id, c]));
  const clips = new Map<string, MultiPolygon>();
  const provinces: ProvinceModel[] = layers.provinces.map((f, i) => {
    const drawn = draw.provinces[i] ?? f;
    const { id, name, name_km, iso } = f.properties;
    const entry = byId.get(id);
    if (!entry) throw new Error(`no cession entry for ${id}`);
    const area = areaKm2(f);
    const clip = buildClip(f.geometry, rule.polygon);
    // The geometry decides the area; the data file decides the status. A ceded province's area is
    // what lies inside the rule (boundary slivers included), a retained province cedes nothing.
    const cededKm2 = entry.status === "retained" ? 0 : clip.areaKm2;
    if (clip.geometry && entry.status !== "retained") clips.set(id, clip.geometry);
    const enc = encyclopediaReading(accounts, id);
    return {
      id,
      name,
      nameKm: name_km,
      iso,
      path: path(drawn) ?? "",
      label: centroid(path, drawn.geometry),
      areaKm2: area,
      treaty: {
        status: entry.status,
        cededKm2,
        cededPath: entry.status === "partly_ceded" && clip.geometry ? path(light(clip.geometry)) : null,
      },
      encyclopedia: { status: enc.status, cededKm2: enc.status === "ceded" ? area : 0, note: enc.note },
      disputed: enc.status !== entry.status,
      thaiProvince: entry.thai_province_1941,
      rule: entry.rule,
      notes: entry.notes,
      sources: entry.sources,
    };
  });
  return { provinces, clips };
}

/** Everything the /map view draws, as SVG path strings and plain numbers. */
export function buildCessionMap(
  layers: GeoLayers,
  cession: CessionEntry[],
  accounts: MapAccountTexts,
  draw: GeoLayers = layers,
): CessionMapModel {
  const { projection, width, height } = buildProjection();
  const path = compactGeoPath(geoPath(projection).digits(2));
  // The neighbours only as far as the map can show them (every view is kept inside the frame,
  // lib/map/view.ts; the margin keeps the cut and its stroke out of sight): the rest of their
  // outlines never shows and cost bytes on every map page.
  const clipped = buildProjection().projection.clipExtent([
    [-8, -8],
    [width + 8, height + 8],
  ]);
  const neighbourPath = compactGeoPath(geoPath(clipped).digits(2));
  const rule = buildTreatyRule(layers);
  const { provinces, clips } = buildProvinces(layers, draw, cession, accounts, path, rule);
  const p = (lon: number, lat: number) => projectPoint(projection, lon, lat);

  const treatyArea = multi([...clips.values()]);
  const encArea = multi(
    layers.provinces
      .filter((f) => encyclopediaReading(accounts, f.properties.id).status === "ceded")
      .map((f) => f.geometry),
  );
  const lake = draw.water.find((w) => w.properties.kind === "lake");
  const parallel15 = densify(
    [
      [FRAME.west - 0.5, ENCYCLOPEDIA_PARALLEL_LAT],
      [FRAME.east + 0.5, ENCYCLOPEDIA_PARALLEL_LAT],
    ],
    0.1,
  );

  return {
    width,
    height,
    provinces,
    neighbours: draw.neighbours.map((n) => {
      const at = NEIGHBOUR_LABELS[n.properties.id];
      return {
        id: n.properties.id,
        name: n.properties.name,
        path: neighbourPath(n),
        label: at ? p(...at) : centroid(path, n.geometry),
      };
    }),
    innerBordersPath: path(draw.innerBorders) ?? "",
    outlinePath: path(draw.outline) ?? "",
    lakePath: lake ? (path(lake) ?? "") : "",
    rivers: draw.water
      .filter((w) => w.properties.kind === "river")
      .map((w) => ({ name: w.properties.name ?? null, path: path(w) ?? "" })),
    waterLabels: WATER_LABELS.map((w) => ({ name: w.name, ...p(...w.at) })),
    seaLabel: p(...SEA_LABEL),
    treatyLine: {
      path: path({ type: "LineString", coordinates: rule.line }) ?? "",
      label: p(rule.meridianStart[0], (rule.meridianStart[1] + GRADE_PARALLEL_LAT) / 2),
      parallelLabel: p((rule.meridianStart[0] + rule.mekongPoint[0]) / 2, GRADE_PARALLEL_LAT),
    },
    // Labelled over Thailand, east enough to stay in view when zoomed to the ceded area.
    parallel15: {
      path: path({ type: "LineString", coordinates: parallel15 }) ?? "",
      label: p(102.75, ENCYCLOPEDIA_PARALLEL_LAT),
    },
    thaiProvinceLabels: Object.entries(THAI_PROVINCES).map(([name, nameTh]) => {
      const parts = provinces
        .filter((pr) => pr.thaiProvince === name)
        .map((pr) => clips.get(pr.id))
        .filter((g): g is MultiPolygon => !!g);
      return { name, nameTh, ...centroid(path, multi(parts)) };
    }),
    treatyAreaPath: path(light(toD3Winding(unionOf(clips)))) ?? "",
    zoomBoxes: {
      all: { x: 0, y: 0, width, height },
      treaty: boxOf(path, treatyArea, width, height),
      encyclopedia: boxOf(path, multi([treatyArea, encArea]), width, height),
    },
    scaleBar: { km: SCALE_KM, length: round1(scaleBarLength(projection, SCALE_KM, SCALE_LAT)), atLat: SCALE_LAT },
    summary: buildCededAreaSummary(provinces, accounts.referenceArea.km2),
    accounts,
    lakeEndLon: rule.lakeEnd[0],
  };
}

/** Dissolved outline of the treaty area: one shape, no internal province borders. */
function unionOf(clips: Map<string, MultiPolygon>): MultiPolygonCoords {
  // Clips are in d3 winding; polygon-clipping ignores winding on input.
  const [first, ...rest] = [...clips.values()].map((g) => toMultiPolygon(g));
  return first ? (union(first, ...rest) as MultiPolygonCoords) : [];
}
