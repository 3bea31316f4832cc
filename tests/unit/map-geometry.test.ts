import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { MultiPolygon } from "geojson";
import { getCessionMap } from "@/lib/data/geo";
import { CESSION_STATUSES } from "@/lib/schemas/geo";
import { parseGeo } from "@/lib/data/validate-geo";
import { areaKm2 } from "@/lib/map/area";
import { buildClip, toD3Winding, toMultiPolygon } from "@/lib/map/clip";
import {
  ENCYCLOPEDIA_PARALLEL_LAT,
  GRADE_PARALLEL_LAT,
  RULE_NORTH_LAT,
  TREATY_MERIDIAN_LON,
} from "@/lib/map/constants";
import type { MultiPolygonCoords, Position2 } from "@/lib/map/geo-types";
import { buildGeoLayers } from "@/lib/map/layers";
import { intersection, union } from "@/lib/map/polygon-clipping";
import { buildMekongSection, buildTreatyRule } from "@/lib/map/treaty-rule";

const DATA = path.join(process.cwd(), "data");
const { topology, cession } = parseGeo(
  readFileSync(path.join(DATA, "cambodia-1941.topo.json"), "utf8"),
  readFileSync(path.join(DATA, "cession-1941.json"), "utf8"),
);
const layers = buildGeoLayers(topology);
const rule = buildTreatyRule(layers);
const statusOf = new Map(cession.map((c) => [c.province_id, c.status]));

const box = (w: number, s: number, e: number, n: number): MultiPolygonCoords => [
  [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ],
];
const areaIn = (g: MultiPolygon | import("geojson").Polygon, clip: MultiPolygonCoords) => {
  const c = intersection(toMultiPolygon(g), clip) as MultiPolygonCoords;
  return c.length === 0 ? 0 : areaKm2(toD3Winding(c));
};

describe("treaty rule on today's provinces", () => {
  it("gives every province a status, under both accounts", async () => {
    const model = await getCessionMap();
    const ids = layers.provinces.map((p) => p.properties.id);
    expect(model.provinces.map((p) => p.id).sort()).toEqual([...ids].sort());
    for (const p of model.provinces) {
      expect(CESSION_STATUSES).toContain(p.treaty.status);
      expect(CESSION_STATUSES).toContain(p.encyclopedia.status);
    }
  });

  it("agrees with the data file: ceded provinces lie inside the rule, retained ones outside", () => {
    for (const f of layers.provinces) {
      const share = buildClip(f.geometry, rule.polygon).areaKm2 / areaKm2(f);
      const status = statusOf.get(f.properties.id);
      if (status === "ceded") expect(share, f.properties.id).toBeGreaterThan(0.99);
      if (status === "retained") expect(share, f.properties.id).toBeLessThan(0.001);
      if (status === "partly_ceded") {
        expect(share, f.properties.id).toBeGreaterThan(0.05);
        expect(share, f.properties.id).toBeLessThan(0.95);
      }
    }
  });

  it("clips the partly ceded provinces within the bounds the rule implies", () => {
    const mekong = buildMekongSection(layers.mekong, GRADE_PARALLEL_LAT, RULE_NORTH_LAT);
    const mekongWest = Math.min(...mekong.map((p) => p[0]));
    const mekongEast = Math.max(...mekong.map((p) => p[0]));
    const lakeLat = rule.meridianStart[1];
    const south = Math.min(...layers.battambangPursat.flat().map((p) => p[1]));
    // Certainly inside: west of the meridian above the lake end, or north of 13.5°N west of the river's westernmost bend.
    const inner = union(
      box(100, lakeLat, TREATY_MERIDIAN_LON, 16),
      box(100, GRADE_PARALLEL_LAT, mekongWest, 16),
    ) as MultiPolygonCoords;
    // Possibly inside: up to the lake end of the boundary south to the Battambang–Pursat line, or north of 13.5°N up to the river's easternmost bend.
    const outer = union(
      box(100, south, rule.lakeEnd[0], 16),
      box(100, GRADE_PARALLEL_LAT, mekongEast, 16),
    ) as MultiPolygonCoords;
    const partly = layers.provinces.filter((f) => statusOf.get(f.properties.id) === "partly_ceded");
    expect(partly.map((f) => f.properties.id).sort()).toEqual(["preah-vihear", "siem-reap", "stung-treng"]);
    for (const f of partly) {
      const clipped = buildClip(f.geometry, rule.polygon).areaKm2;
      const lo = areaIn(f.geometry, inner);
      const hi = areaIn(f.geometry, outer);
      expect(lo, f.properties.id).toBeGreaterThan(0);
      expect(clipped, f.properties.id).toBeGreaterThanOrEqual(lo - 0.5);
      expect(clipped, f.properties.id).toBeLessThanOrEqual(hi + 0.5);
      expect(clipped, f.properties.id).toBeLessThan(areaKm2(f));
    }
  });

  it("puts the total ceded area between 40,000 and 52,000 km², about a quarter of Cambodia", async () => {
    const { summary } = await getCessionMap();
    expect(summary.treaty.cededKm2).toBeGreaterThan(40_000);
    expect(summary.treaty.cededKm2).toBeLessThan(52_000);
    const direct = layers.provinces.reduce(
      (s, f) => s + (statusOf.get(f.properties.id) === "retained" ? 0 : buildClip(f.geometry, rule.polygon).areaKm2),
      0,
    );
    expect(summary.treaty.cededKm2).toBeCloseTo(direct, 6);
    expect(summary.treaty.share).toBeCloseTo(summary.treaty.cededKm2 / summary.cambodiaKm2, 12);
    expect(summary.treaty.share).toBeLessThan(1 / 3);
  });

  it("finds that the 15°N parallel does not cross modern Cambodia", () => {
    const north = box(100, ENCYCLOPEDIA_PARALLEL_LAT, 110, 20);
    for (const f of layers.provinces) expect(areaIn(f.geometry, north), f.properties.id).toBe(0);
    const maxLat = Math.max(
      ...layers.provinces.flatMap((f) =>
        toMultiPolygon(f.geometry)
          .flat(2)
          .map((p) => (p as Position2)[1]),
      ),
    );
    expect(maxLat).toBeLessThan(ENCYCLOPEDIA_PARALLEL_LAT);
    expect(maxLat).toBeLessThan(RULE_NORTH_LAT);
  });

  it("draws the treaty line from the lake north to 13.5°N, then east to the Mekong", () => {
    const first = rule.line[0]!;
    const last = rule.line[rule.line.length - 1]!;
    expect(first).toEqual([TREATY_MERIDIAN_LON, rule.lakeEnd[1]]);
    expect(last[1]).toBe(GRADE_PARALLEL_LAT);
    expect(last[0]).toBeGreaterThan(105.5);
    // The modern boundary's lake end would put Siem Reap town (103.86°E) west of the meridian, i.e. ceded.
    expect(rule.lakeEnd[0]).toBeGreaterThan(103.86);
    expect(TREATY_MERIDIAN_LON).toBeLessThan(103.86);
  });

  it("marks a province disputed exactly when the accounts disagree, Koh Kong included", async () => {
    const model = await getCessionMap();
    for (const p of model.provinces) expect(p.disputed).toBe(p.treaty.status !== p.encyclopedia.status);
    const kohKong = model.provinces.find((p) => p.id === "koh-kong")!;
    expect(kohKong.treaty.status).toBe("retained");
    expect(kohKong.encyclopedia.status).toBe("ceded");
    expect(model.summary.encyclopedia.provinces.map((p) => p.id)).toContain("koh-kong");
    expect(model.summary.treaty.provinces.map((p) => p.id)).not.toContain("koh-kong");
  });
});
