import { nice, ticks } from "d3-array";
import type { YScale } from "./model";

/** Year ticks, y scales and gap runs: the pure pieces of a chart's layout. */

/** Label every year on short ranges and every 5th or 10th year on long ones, so labels never collide. */
export function buildYearTicks(years: readonly number[], plotWidth: number): number[] {
  const maxLabels = Math.max(2, Math.floor(plotWidth / 44));
  const step = [1, 2, 5, 10, 20, 50].find((s) => years.length / s <= maxLabels) ?? 100;
  return years.filter((y) => y % step === 0);
}

/** How a panel's values are scaled: as given, on a log axis, or as an index (base year = 100). */
export type ScaleSpec = { kind: "linear" } | { kind: "log" } | { kind: "index"; base: number };

export function buildYScale(
  values: readonly number[],
  range: [number, number],
  tickCount: number,
  minTop = 0,
  spec: ScaleSpec = { kind: "linear" },
): YScale {
  if (spec.kind === "log") return buildLogYScale(values, range);
  const lo = Math.min(0, ...values);
  const hi = Math.max(minTop, ...values);
  // d3-array's nice and ticks, without the interpolators and colour code a d3-scale object
  // brings into the page's first load (ticks is the function d3-scale calls; d3-array's nice
  // is d3-scale's loop made robust to rounding error, the same domains at the charts' tick counts).
  const domain = nice(lo, hi === lo ? lo + 1 : hi, tickCount);
  return spec.kind === "index" ? { kind: "index", base: spec.base, domain, range } : { kind: "linear", domain, range };
}

/**
 * A log axis from the power of ten at or below the smallest positive value to the one at
 * or above the largest, so every tick is a power of ten. Zero and negative values have no
 * place on it and are left out (the chart kinds say so in a note).
 */
export function buildLogYScale(values: readonly number[], range: [number, number]): YScale {
  const positive = values.filter((v) => v > 0);
  if (positive.length === 0) return { kind: "log", domain: [1, 10], range };
  const lo = 10 ** Math.floor(Math.log10(Math.min(...positive)));
  let hi = 10 ** Math.ceil(Math.log10(Math.max(...positive)));
  if (hi <= lo) hi = lo * 10;
  return { kind: "log", domain: [lo, hi], range };
}

export function yTicksOf(scale: YScale, count: number): number[] {
  if (scale.kind === "log") {
    const [lo, hi] = scale.domain;
    const from = Math.round(Math.log10(lo));
    const to = Math.round(Math.log10(hi));
    // Every power of ten, or every other one when the axis spans more decades than ticks fit.
    const every = Math.max(1, Math.ceil((to - from) / Math.max(count, 2)));
    const ticks: number[] = [];
    for (let e = from; e <= to; e += every) ticks.push(Number((10 ** e).toPrecision(1)));
    return ticks;
  }
  return ticks(scale.domain[0], scale.domain[1], count);
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
