import { union } from "./polygon-clipping";
import { DENSIFY_STEP_DEG, GRADE_PARALLEL_LAT, RULE_NORTH_LAT, RULE_WEST_LON, TREATY_MERIDIAN_LON } from "./constants";
import type { MultiPolygonCoords, Position2, RingCoords } from "./geo-types";

/** Inserts points every `step` degrees along each straight edge (planar in lon/lat). */
export function densify(line: readonly Position2[], step: number = DENSIFY_STEP_DEG): Position2[] {
  const out: Position2[] = [];
  line.forEach((p, i) => {
    const next = line[i + 1];
    out.push(p);
    if (!next) return;
    const n = Math.ceil(Math.max(Math.abs(next[0] - p[0]), Math.abs(next[1] - p[1])) / step);
    for (let k = 1; k < n; k++) out.push([p[0] + ((next[0] - p[0]) * k) / n, p[1] + ((next[1] - p[1]) * k) / n]);
  });
  return out;
}

function lerpAtLat(a: Position2, b: Position2, lat: number): Position2 {
  const t = (lat - a[1]) / (b[1] - a[1]);
  return [a[0] + (b[0] - a[0]) * t, lat];
}

/**
 * The Mekong between two latitudes, ordered south to north, with exact end points on each
 * parallel. Takes the first river line that crosses both (Natural Earth draws one centreline).
 */
export function buildMekongSection(
  lines: readonly (readonly Position2[])[],
  southLat: number,
  northLat: number,
): Position2[] {
  for (const raw of lines) {
    const first = raw[0];
    const last = raw[raw.length - 1];
    const line = first && last && first[1] > last[1] ? [...raw].reverse() : [...raw];
    const out: Position2[] = [];
    for (let i = 0; i + 1 < line.length; i++) {
      const a = line[i]!;
      const b = line[i + 1]!;
      if (out.length === 0 && a[1] <= southLat && b[1] > southLat) out.push(lerpAtLat(a, b, southLat));
      if (out.length > 0) {
        if (b[1] >= northLat) {
          out.push(lerpAtLat(a, b, northLat));
          return out;
        }
        out.push(b);
      }
    }
  }
  throw new Error(`no Mekong line crosses ${southLat}°N and ${northLat}°N`);
}

/** End of a boundary line that touches the lake: the southernmost of its two end points. */
export function findLakeEnd(boundary: readonly (readonly Position2[])[]): Position2 {
  const ends = boundary.flatMap((l) => [l[0], l[l.length - 1]]).filter((p): p is Position2 => p !== undefined);
  const south = ends.reduce<Position2 | undefined>((best, p) => (!best || p[1] < best[1] ? p : best), undefined);
  if (!south) throw new Error("empty boundary");
  return [south[0], south[1]];
}

export type TreatyRuleInput = {
  /** Battambang–Pursat boundary (as lines, any order/direction): one end on the Thai border, one at the lake. */
  battambangPursat: readonly (readonly Position2[])[];
  /** Siem Reap–Battambang boundary: its lake end starts the meridian. */
  siemReapBattambang: readonly (readonly Position2[])[];
  /** Mekong centreline(s). */
  mekong: readonly (readonly Position2[])[];
};

export type TreatyRule = {
  /** Everything Thailand received under the rule, planar lon/lat, GeoJSON (counter-clockwise) winding. */
  polygon: MultiPolygonCoords;
  /** The line south of which Cambodia kept its land: meridian from the lake, then 13.5°N to the Mekong. */
  line: Position2[];
  /** Where the modern Siem Reap–Battambang boundary meets the lake (for the readme's comparison). */
  lakeEnd: Position2;
  /** Where the meridian starts on the lake (latitude of the boundary's lake end). */
  meridianStart: Position2;
  /** Where 13.5°N meets the Mekong. */
  mekongPoint: Position2;
};

function orderedBoundary(lines: readonly (readonly Position2[])[], lakeEnd: Position2): Position2[] {
  // topojson.mesh stitches shared arcs into one line; orient it so it ends at the lake.
  const line = lines.length === 1 ? [...lines[0]!] : lines.flat();
  const last = line[line.length - 1];
  return last && last[0] === lakeEnd[0] && last[1] === lakeEnd[1] ? line : line.reverse();
}

/**
 * Builds the area ceded under the 11 March 1941 terms as one geographic polygon:
 * (a) everything north of the Battambang–Pursat boundary (extended due west into Thailand), and
 * (b) the right bank of the Mekong north of the line meridian ≈103.8°E (from the lake) → 13.5°N → Mekong.
 */
export function buildTreatyRule(input: TreatyRuleInput): TreatyRule {
  const lakeEnd = findLakeEnd(input.siemReapBattambang);
  const bbpLakeEnd = findLakeEnd(input.battambangPursat);
  const bbp = orderedBoundary(input.battambangPursat, bbpLakeEnd);
  const westEnd = bbp[0]!;
  const startLat = lakeEnd[1];
  const meridianStart: Position2 = [TREATY_MERIDIAN_LON, startLat];
  const mekong = buildMekongSection(input.mekong, GRADE_PARALLEL_LAT, RULE_NORTH_LAT);
  const mekongPoint = mekong[0]!;
  const mekongTop = mekong[mekong.length - 1]!;

  // (b) west of the meridian north of the lake end, and north of 13.5°N up to the Mekong.
  const north: RingCoords = [
    ...densify([[RULE_WEST_LON, startLat], meridianStart, [TREATY_MERIDIAN_LON, GRADE_PARALLEL_LAT], mekongPoint]),
    ...mekong.slice(1),
    ...densify([mekongTop, [RULE_WEST_LON, RULE_NORTH_LAT], [RULE_WEST_LON, startLat]]).slice(1),
  ];
  // (a) north of the Battambang–Pursat boundary: the boundary itself, closed over the lake and
  // through Thailand (the clip against Cambodian provinces discards the Thai part).
  const south: RingCoords = [
    ...bbp,
    ...densify([bbpLakeEnd, [RULE_WEST_LON, bbpLakeEnd[1]], [RULE_WEST_LON, westEnd[1]], westEnd]).slice(1),
  ];
  const polygon = union([close(north)], [close(south)]) as MultiPolygonCoords;
  const line = densify([meridianStart, [TREATY_MERIDIAN_LON, GRADE_PARALLEL_LAT], mekongPoint]);
  return { polygon, line, lakeEnd, meridianStart, mekongPoint };
}

function close(ring: RingCoords): RingCoords {
  const first = ring[0]!;
  const last = ring[ring.length - 1]!;
  return first[0] === last[0] && first[1] === last[1] ? ring : [...ring, first];
}
