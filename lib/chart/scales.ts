import { scaleLinear } from "d3-scale";
import type { YScale } from "./model";

/** Year ticks, y scales and gap runs: the pure pieces of a chart's layout. */

/** Label every year on short ranges and every 5th or 10th year on long ones, so labels never collide. */
export function buildYearTicks(years: readonly number[], plotWidth: number): number[] {
  const maxLabels = Math.max(2, Math.floor(plotWidth / 44));
  const step = [1, 2, 5, 10, 20, 50].find((s) => years.length / s <= maxLabels) ?? 100;
  return years.filter((y) => y % step === 0);
}

export function buildYScale(values: readonly number[], range: [number, number], tickCount: number, minTop = 0): YScale {
  const lo = Math.min(0, ...values);
  const hi = Math.max(minTop, ...values);
  const domain = scaleLinear()
    .domain([lo, hi === lo ? lo + 1 : hi])
    .nice(tickCount)
    .domain() as [number, number];
  return { kind: "linear", domain, range };
}

export function yTicksOf(scale: YScale, count: number): number[] {
  return scaleLinear().domain(scale.domain).ticks(count);
}

/** Runs of consecutive years where every bar series of the panel has no value. */
export function gapRuns(
  years: readonly number[],
  bars: readonly { values: readonly (number | null)[] }[],
): [number, number][] {
  const runs: [number, number][] = [];
  years.forEach((year, i) => {
    if (bars.some((s) => s.values[i] !== null)) return;
    const last = runs[runs.length - 1];
    if (last && last[1] === year - 1) last[1] = year;
    else runs.push([year, year]);
  });
  return runs;
}
