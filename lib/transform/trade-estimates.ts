import type { TradeRow } from "@/lib/schemas/trade";
import { IMF_SERIES } from "./trade-series";

/** Which Cambodia-reported IMF values are IMF estimates, as the data file marks them. */
export type EstimateCoverage = {
  /** Number of Cambodia-reported IMF values flagged "e". */
  count: number;
  /** First and last year with a flagged value; null when none is flagged. */
  from: number | null;
  to: number | null;
  /** Every Cambodia-reported value in from–to is flagged (no unflagged value inside the span). */
  wholeSpan: boolean;
  /** Flagged values in any other series (the sentence claims "no others" only when this is 0). */
  elsewhere: number;
};

/** Counts the IMF estimates so that the page's wording follows the data instead of being typed in. */
export function buildEstimateCoverage(rows: readonly TradeRow[]): EstimateCoverage {
  const cambodia = rows.filter((r) => r.series === IMF_SERIES.cambodia && r.flow !== "total_bilateral");
  const flagged = cambodia.filter((r) => r.estimate);
  const elsewhere = rows.filter((r) => r.estimate && r.series !== IMF_SERIES.cambodia).length;
  if (flagged.length === 0) return { count: 0, from: null, to: null, wholeSpan: false, elsewhere };
  const years = flagged.map((r) => r.year);
  const from = Math.min(...years);
  const to = Math.max(...years);
  const inSpan = cambodia.filter((r) => r.year >= from && r.year <= to);
  return { count: flagged.length, from, to, wholeSpan: inSpan.every((r) => r.estimate), elsewhere };
}
