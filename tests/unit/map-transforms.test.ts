import { describe, expect, it } from "vitest";
import type { Polygon } from "geojson";
import { areaKm2 } from "@/lib/map/area";
import { buildClip } from "@/lib/map/clip";
import { EARTH_RADIUS_KM } from "@/lib/map/constants";
import type { MultiPolygonCoords } from "@/lib/map/geo-types";
import { fitBox } from "@/lib/map/projection";
import { simplifyLine } from "@/lib/map/simplify";
import { buildMekongSection, densify, findLakeEnd } from "@/lib/map/treaty-rule";
import { mapHref, parseMapParams } from "@/views/map/params";

// A 1°×1° cell at the equator, clockwise (d3 winding).
const cell: Polygon = {
  type: "Polygon",
  coordinates: [
    [
      [0, 0],
      [0, 1],
      [1, 1],
      [1, 0],
      [0, 0],
    ],
  ],
};
// Area between two meridians 1° apart and the parallels 0° and 1°: R² · Δλ · (sin 1° − sin 0°).
const DEG = Math.PI / 180;
const cellKm2 = EARTH_RADIUS_KM ** 2 * DEG * Math.sin(DEG);

describe("geometry helpers", () => {
  it("measures a small cell on the sphere", () => {
    expect(areaKm2(cell)).toBeCloseTo(cellKm2, 0);
  });

  it("clips to the western half and returns d3 winding (a small area, not the rest of the sphere)", () => {
    const west: MultiPolygonCoords = [
      [
        [
          [-1, -1],
          [0.5, -1],
          [0.5, 2],
          [-1, 2],
          [-1, -1],
        ],
      ],
    ];
    const clip = buildClip(cell, west);
    expect(clip.areaKm2).toBeGreaterThan(areaKm2(cell) * 0.49);
    expect(clip.areaKm2).toBeLessThan(areaKm2(cell) * 0.51);
    expect(
      buildClip(cell, [
        [
          [
            [5, 5],
            [6, 5],
            [6, 6],
            [5, 5],
          ],
        ],
      ]),
    ).toEqual({ geometry: null, areaKm2: 0 });
  });

  it("densifies straight edges and keeps the end points", () => {
    const d = densify(
      [
        [0, 0],
        [0.1, 0],
      ],
      0.02,
    );
    expect(d).toHaveLength(6);
    expect(d[0]).toEqual([0, 0]);
    expect(d[5]).toEqual([0.1, 0]);
  });

  it("cuts a river between two parallels, south to north, whatever its direction", () => {
    const river: [number, number][] = [
      [5, 20],
      [4, 15],
      [6, 10],
      [5, 0],
    ];
    const section = buildMekongSection([river], 5, 12.5);
    expect(section[0]).toEqual([5.5, 5]);
    expect(section[1]).toEqual([6, 10]);
    expect(section[section.length - 1]).toEqual([5, 12.5]);
    expect(() => buildMekongSection([river], 30, 40)).toThrow();
  });

  it("finds the lake end of a boundary as its southern end", () => {
    expect(
      findLakeEnd([
        [
          [1, 5],
          [2, 4],
          [3, 1],
        ],
      ]),
    ).toEqual([3, 1]);
  });

  it("simplifies a line but keeps its ends and its corners", () => {
    const line: [number, number][] = [
      [0, 0],
      [1, 0.001],
      [2, 0],
      [2, 2],
    ];
    expect(simplifyLine(line, 0.01)).toEqual([
      [0, 0],
      [2, 0],
      [2, 2],
    ]);
    expect(simplifyLine(line, 0.0001)).toHaveLength(4);
  });

  it("fits a zoom box to the map's aspect ratio inside the map", () => {
    const b = fitBox(
      [
        [100, 100],
        [200, 150],
      ],
      800,
      400,
      0,
    );
    expect(b.width / b.height).toBeCloseTo(2, 6);
    expect(b.x).toBeGreaterThanOrEqual(0);
    expect(b.y + b.height).toBeLessThanOrEqual(400);
  });
});

describe("map URL params", () => {
  const ids = ["battambang", "koh-kong"];

  it("reads valid params", () => {
    expect(
      parseMapParams({ phase: "today", account: "encyclopedia", province: "koh-kong", zoom: "ceded" }, ids),
    ).toEqual({
      params: { phase: "today", account: "encyclopedia", province: "koh-kong", zoom: "ceded" },
      issues: [],
    });
  });

  it("falls back to the default with a notice for each invalid or repeated value", () => {
    const { params, issues } = parseMapParams(
      { phase: "1999", account: ["treaty", "encyclopedia"], province: "atlantis" },
      ids,
    );
    const notices = issues.map((i) => i.message);
    expect(params).toEqual({ phase: "annexed", account: "treaty", province: null, zoom: "all" });
    expect(notices).toHaveLength(3);
    expect(notices[0]).toContain("1999");
    expect(notices[2]).toContain("atlantis");
  });

  it("round-trips through mapHref, leaving defaults out", () => {
    const params = { phase: "before", account: "encyclopedia", province: "battambang", zoom: "all" } as const;
    const href = mapHref(params);
    expect(href).toBe("/map?phase=before&account=encyclopedia&province=battambang");
    const back = parseMapParams(Object.fromEntries(new URL(href, "http://x").searchParams), ids);
    expect(back.params).toEqual(params);
    expect(mapHref({ phase: "annexed", account: "treaty", province: null, zoom: "all" })).toBe("/map");
  });

  it("reads a zoomed view and round-trips it through mapHref", () => {
    const { params, issues } = parseMapParams({ center: "103.2,13.1", scale: "4.5" }, ids);
    expect(issues).toEqual([]);
    expect(params.view).toEqual({ lon: 103.2, lat: 13.1, scale: 4.5 });
    const href = mapHref(params);
    expect(href).toBe("/map?center=103.2%2C13.1&scale=4.5");
    expect(parseMapParams(Object.fromEntries(new URL(href, "http://x").searchParams), ids).params).toEqual(params);
  });

  it("drops a view outside the map or beyond the zoom range, naming each parameter", () => {
    const { params, issues } = parseMapParams({ center: "0,0", scale: "99" }, ids);
    expect(params.view).toBeUndefined();
    expect(issues.map((i) => i.param)).toEqual(["center", "scale"]);
    const half = parseMapParams({ scale: "2" }, ids);
    expect(half.params.view).toBeUndefined();
    expect(half.issues.map((i) => i.param)).toEqual(["center"]);
  });
});
