import { describe, expect, it } from "vitest";
import { compactPath } from "@/lib/map/compact-path";

/** Absolute vertices of a path made of m/l/z (relative) or M/L/Z commands, one list per subpath. */
function vertices(d: string): [number, number][][] {
  const rings: [number, number][][] = [];
  let x = 0;
  let y = 0;
  let sx = 0;
  let sy = 0;
  for (const m of d.matchAll(/([MLZmlz])([^MLZmlz]*)/g)) {
    const c = m[1]!;
    if (c === "z" || c === "Z") {
      x = sx;
      y = sy;
      continue;
    }
    const nums = (m[2]!.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
    for (let i = 0; i + 1 < nums.length; i += 2) {
      const rel = c === "m" || c === "l";
      x = rel ? x + nums[i]! : nums[i]!;
      y = rel ? y + nums[i + 1]! : nums[i + 1]!;
      if (i === 0 && (c === "m" || c === "M")) {
        sx = x;
        sy = y;
        rings.push([]);
      }
      rings[rings.length - 1]!.push([x, y]);
    }
  }
  return rings;
}

describe("compactPath", () => {
  it("keeps every vertex at its rounded absolute position, across subpaths and closepaths", () => {
    const d = "M10.4,20.6L15.2,18.1L14.9,30.7Z M100.2,5.5L90.1,7.4L95.6,12.2Z";
    expect(vertices(compactPath(d))).toEqual([
      [
        [10, 21],
        [15, 18],
        [15, 31],
      ],
      [
        [100, 6],
        [90, 7],
        [96, 12],
      ],
    ]);
  });

  it("does not let rounding errors accumulate along a long line", () => {
    const pts = Array.from({ length: 200 }, (_, i) => `${(i * 1.4).toFixed(1)},${(i * 0.6).toFixed(1)}`);
    const rings = vertices(compactPath(`M${pts.join("L")}`));
    const lastRing = rings[0]!;
    expect(lastRing[lastRing.length - 1]).toEqual([Math.round(199 * 1.4), Math.round(199 * 0.6)]);
  });

  it("drops vertices that round onto the previous one", () => {
    expect(compactPath("M1,1L1.2,1.1L1.4,0.9L5,5Z")).toBe("m1 1 4 4z");
  });

  it("writes implicit linetos without separators where the sign separates", () => {
    expect(compactPath("M0,0L3,-2L1,2L-4,1")).toBe("m0 0 3-2-2 4-5-1");
  });

  it("rejects commands d3-geo does not emit for lines and polygons", () => {
    expect(() => compactPath("M0,0A1,1,0,0,1,2,2")).toThrow(/unsupported/);
  });
});
