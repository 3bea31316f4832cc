import { roundDerived } from "./derived-precision";
/**
 * Pure transforms for the yearly WDI aid series. Input rows are the validated rows of
 * aid_japan_to_cambodia_yearly.csv (or any object with the same few fields).
 *
 * A year without a value is a gap (`null`), never a zero: 1984–1987 have no Japan
 * value in WDI, and a zero would claim that Japan gave nothing.
 */

export type AidInputRow = { year: number; category: string; value: number };

export type AidYearPoint = {
  year: number;
  /** Japan's net bilateral ODA, USD (WDI DC.DAC.JPNL.CD); null = no data. */
  japan: number | null;
  /** All DAC donors together, USD (WDI DC.DAC.TOTL.CD); null = no data. */
  allDac: number | null;
  /** Derived: japan ÷ allDac × 100; null when either is missing or allDac ≤ 0. */
  sharePct: number | null;
};

export const JAPAN_CATEGORY = "net_bilateral_oda";
const ALL_DAC_CATEGORY = "net_bilateral_oda_all_dac_donors";

/** Japan's share of all DAC donors' net aid, in percent (derived). */
export function buildShare(japan: number | null, allDac: number | null): number | null {
  if (japan === null || allDac === null || allDac <= 0) return null;
  return roundDerived((japan / allDac) * 100);
}

/**
 * Below this all-DAC total (USD) Japan's share swings on small sums: in 1976–1978 all DAC donors
 * together gave Cambodia USD 0.22–0.49 million, so Japan's USD 0.10–0.15 million reads as 25–68 %.
 * Such shares are printed with SMALL_TOTAL_CAVEAT beside them, in the chart and the table.
 */
export const SMALL_DAC_TOTAL_USD = 1_000_000;
export const SMALL_TOTAL_CAVEAT = "of a DAC total under USD 1 million: a share of a tiny sum";

/** True where a share is printed but its all-DAC total is under SMALL_DAC_TOTAL_USD. */
export const isShareOfSmallTotal = (p: Pick<AidYearPoint, "allDac" | "sharePct">): boolean =>
  p.sharePct !== null && p.allDac !== null && p.allDac < SMALL_DAC_TOTAL_USD;

function byYear(rows: readonly AidInputRow[], category: string): Map<number, number> {
  const map = new Map<number, number>();
  for (const r of rows) if (r.category === category) map.set(r.year, r.value);
  return map;
}

/** First and last year with a Japan value (the span the chart can show). */
export function buildAidYearSpan(rows: readonly AidInputRow[]): { first: number; last: number } | null {
  const years = rows.filter((r) => r.category === JAPAN_CATEGORY).map((r) => r.year);
  if (years.length === 0) return null;
  return { first: Math.min(...years), last: Math.max(...years) };
}

/**
 * One point per calendar year from `from` to `to` inclusive, gaps included, so a
 * chart or table can show missing years as missing.
 */
export function buildAidSeries(rows: readonly AidInputRow[], from: number, to: number): AidYearPoint[] {
  const japan = byYear(rows, JAPAN_CATEGORY);
  const allDac = byYear(rows, ALL_DAC_CATEGORY);
  const out: AidYearPoint[] = [];
  for (let year = from; year <= to; year++) {
    const j = japan.get(year) ?? null;
    const a = allDac.get(year) ?? null;
    out.push({ year, japan: j, allDac: a, sharePct: buildShare(j, a) });
  }
  return out;
}

/** Years in the series without a Japan value, grouped into runs: [[1984, 1987]]. */
export function buildGapRuns(series: readonly AidYearPoint[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const p of series) {
    if (p.japan !== null) continue;
    const last = runs[runs.length - 1];
    if (last && last[1] === p.year - 1) last[1] = p.year;
    else runs.push([p.year, p.year]);
  }
  return runs;
}

/**
 * What a sum of yearly aid figures adds: each year's figure is in that year's (current) US
 * dollars, so a sum over decades mixes dollars of different value. Said wherever a sum is shown.
 */
export const SUM_BASIS = "current US dollars of different years, added without adjusting for inflation";

export type PeriodSum = {
  from: number;
  to: number;
  /** Sum of the values present, USD; null when no year in the period has data. */
  sum: number | null;
  yearsWithData: number[];
  yearsMissing: number[];
};

/**
 * Sum of Japan's net ODA over calendar years from–to (derived). Reports which years
 * had data, so a reader can see when a sum covers less than the whole period.
 */
export function buildPeriodSum(rows: readonly AidInputRow[], from: number, to: number): PeriodSum {
  const japan = byYear(rows, JAPAN_CATEGORY);
  const yearsWithData: number[] = [];
  const yearsMissing: number[] = [];
  let sum = 0;
  for (let year = from; year <= to; year++) {
    const v = japan.get(year);
    if (v === undefined) yearsMissing.push(year);
    else {
      yearsWithData.push(year);
      sum += v;
    }
  }
  return { from, to, sum: yearsWithData.length > 0 ? sum : null, yearsWithData, yearsMissing };
}

/** Compact description of years, e.g. "1992–2006" or "1980–1983, 1988". */
export function buildYearRanges(years: readonly number[]): string {
  const sorted = [...years].sort((a, b) => a - b);
  const parts: string[] = [];
  let start: number | undefined;
  let prev: number | undefined;
  for (const y of sorted) {
    if (start === undefined || prev === undefined) start = y;
    else if (y !== prev + 1) {
      parts.push(start === prev ? `${start}` : `${start}–${prev}`);
      start = y;
    }
    prev = y;
  }
  if (start !== undefined && prev !== undefined) parts.push(start === prev ? `${start}` : `${start}–${prev}`);
  return parts.join(", ");
}
