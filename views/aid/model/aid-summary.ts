import { buildGapRuns, type AidYearPoint } from "@/lib/transform/aid-series";

export type AidSummary = {
  latest: AidYearPoint | null;
  peak: AidYearPoint | null;
  gaps: [number, number][];
  yearsWithData: number;
};

/** The facts the summary sentence states, for the selected range (no wording here). */
export function buildAidSummary(series: readonly AidYearPoint[]): AidSummary {
  const withData = series.filter((p) => p.japan !== null);
  const latest = withData[withData.length - 1] ?? null;
  const peak = withData.reduce<AidYearPoint | null>(
    (best, p) => (best === null || (p.japan ?? 0) > (best.japan ?? 0) ? p : best),
    null,
  );
  return { latest, peak, gaps: buildGapRuns(series), yearsWithData: withData.length };
}
