/**
 * Rewrites a d3-geo SVG path (absolute M/L/Z commands) with integer coordinates and relative
 * moves. At the map's drawn size one viewBox unit is about one screen pixel, so finer digits
 * carry nothing the screen shows; relative integers are two to three characters a vertex
 * instead of about ten. Absolute positions are rounded first and the deltas taken between the
 * rounded points, so the error never accumulates; vertices that round onto the previous one go.
 */
export function compactPath(d: string): string {
  const out: string[] = [];
  let px = 0;
  let py = 0;
  let sx = 0;
  let sy = 0;
  let implicitLine = false;
  for (const m of d.matchAll(/([A-Za-z])([^A-Za-z]*)/g)) {
    const cmd = m[1]!;
    if (cmd === "Z" || cmd === "z") {
      out.push("z");
      // After a closepath the current point is the start of the subpath.
      px = sx;
      py = sy;
      implicitLine = false;
      continue;
    }
    if (cmd !== "M" && cmd !== "L") throw new Error(`compactPath: unsupported command ${cmd}`);
    const nums = m[2]!
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    for (let i = 0; i + 1 < nums.length; i += 2) {
      const x = Math.round(nums[i]!);
      const y = Math.round(nums[i + 1]!);
      const dx = x - px;
      const dy = y - py;
      const move = cmd === "M" && i === 0;
      if (!move && dx === 0 && dy === 0) continue;
      const pair = `${dx}${dy < 0 ? "" : " "}${dy}`;
      if (move) {
        // The first move of a path is absolute by definition, so a relative "m" is the same there.
        out.push(`m${pair}`);
        sx = x;
        sy = y;
      } else if (implicitLine) out.push(dx < 0 ? pair : ` ${pair}`);
      else out.push(`l${pair}`);
      // Pairs after a moveto or a lineto are implicit linetos.
      implicitLine = true;
      px = x;
      py = y;
    }
  }
  return out.join("");
}
