import type { Position2 } from "./geo-types";

type TopologyLike = {
  type: "Topology";
  arcs: number[][][];
  transform?: { scale: [number, number]; translate: [number, number] };
  objects: unknown;
};

/** Douglas–Peucker on one line (planar lon/lat); the end points are always kept. */
export function simplifyLine(line: Position2[], tolerance: number): Position2[] {
  if (line.length <= 2) return line;
  const keep = new Uint8Array(line.length);
  keep[0] = keep[line.length - 1] = 1;
  const stack: [number, number][] = [[0, line.length - 1]];
  while (stack.length > 0) {
    const [a, b] = stack.pop()!;
    const [ax, ay] = line[a]!;
    const [bx, by] = line[b]!;
    const dx = bx - ax;
    const dy = by - ay;
    const len = Math.hypot(dx, dy);
    let worst = -1;
    let index = -1;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = line[i]!;
      const d = len === 0 ? Math.hypot(px - ax, py - ay) : Math.abs(dy * px - dx * py + bx * ay - by * ax) / len;
      if (d > worst) {
        worst = d;
        index = i;
      }
    }
    if (worst > tolerance) {
      keep[index] = 1;
      stack.push([a, index], [index, b]);
    }
  }
  const out = line.filter((_, i) => keep[i] === 1);
  // A closed arc (a ring on its own) needs at least four points to stay a ring.
  return out.length < 4 &&
    line.length >= 4 &&
    out[0]![0] === out[out.length - 1]![0] &&
    out[0]![1] === out[out.length - 1]![1]
    ? line
    : out;
}

/**
 * A lighter copy of the topology for drawing only (areas and clipping use the full one). Each
 * shared arc is simplified once, so neighbouring provinces still meet exactly.
 */
export function buildDrawingTopology<T extends TopologyLike>(topology: T, toleranceDeg: number): T {
  const t = topology.transform;
  const arcs = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    const abs: Position2[] = arc.map((p) => {
      if (!t) return [p[0]!, p[1]!];
      x += p[0]!;
      y += p[1]!;
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
    });
    return simplifyLine(abs, toleranceDeg);
  });
  const out: TopologyLike = { ...topology, arcs };
  delete out.transform;
  return out as T;
}
