/**
 * Pure transforms for the region view: Japan's trade with and aid to its five mainland
 * Southeast Asian partners, year by year. Input rows are the validated rows of
 * trade_japan_mainland_sea.csv and aid_japan_mainland_sea.csv (or anything with the same
 * fields). A year without a row is a gap (null), never a zero.
 */
import { REGION_PARTNERS, type RegionMeasure, type RegionPartner } from "@/lib/region/partners";
import { roundDerived } from "./derived-precision";

export type RegionTradeInput = { year: number; partner: RegionPartner; flow: string; value: number };
export type RegionAidInput = { year: number; partner: RegionPartner; category: string; value: number };
export type RegionInput = { trade: readonly RegionTradeInput[]; aid: readonly RegionAidInput[] };

const FLOW: Record<Exclude<RegionMeasure, "aid">, string> = {
  exports: "japan_exports_to_partner",
  imports: "japan_imports_from_partner",
};
export const JAPAN_ODA = "net_bilateral_oda";
export const ALL_DAC_ODA = "net_bilateral_oda_all_dac_donors";

/** Unit of each measure's values, as the source prints them (trade in USD million, aid in USD). */
const MEASURE_UNIT: Record<RegionMeasure, "USD_million" | "USD"> = {
  exports: "USD_million",
  imports: "USD_million",
  aid: "USD",
};

export type YearSpan = { first: number; last: number };

/** The rows of one measure as (partner, year, value), keeping whatever else the rows carry. */
export function measureRows<T extends RegionTradeInput, A extends RegionAidInput>(
  input: { trade: readonly T[]; aid: readonly A[] },
  measure: RegionMeasure,
): (T | A)[] {
  if (measure === "aid") return input.aid.filter((r) => r.category === JAPAN_ODA);
  const flow = FLOW[measure];
  return input.trade.filter((r) => r.flow === flow);
}

/** First and last year with a value, per measure (the URL parser's bounds). */
export function buildRegionSpans(input: RegionInput): Record<RegionMeasure, YearSpan> {
  const span = (m: RegionMeasure): YearSpan => {
    const years = measureRows(input, m).map((r) => r.year);
    if (years.length === 0) throw new Error(`no rows for measure ${m}`);
    return { first: Math.min(...years), last: Math.max(...years) };
  };
  return { exports: span("exports"), imports: span("imports"), aid: span("aid") };
}

/** partner → year → value */
function index(rows: readonly { partner: RegionPartner; year: number; value: number }[]) {
  const out = new Map<RegionPartner, Map<number, number>>();
  for (const r of rows) {
    let m = out.get(r.partner);
    if (!m) out.set(r.partner, (m = new Map()));
    m.set(r.year, r.value);
  }
  return out;
}

type RegionLine = { partner: RegionPartner; values: (number | null)[] };
export type RegionSeries = { measure: RegionMeasure; unit: string; years: number[]; lines: RegionLine[] };

const yearsOf = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

/** One value per year and selected partner, in the source's unit; missing years are null. */
export function buildRegionSeries(
  input: RegionInput,
  measure: RegionMeasure,
  partners: readonly RegionPartner[],
  from: number,
  to: number,
): RegionSeries {
  const byPartner = index(measureRows(input, measure));
  const years = yearsOf(from, to);
  return {
    measure,
    unit: MEASURE_UNIT[measure],
    years,
    lines: partners.map((partner) => ({
      partner,
      values: years.map((y) => byPartner.get(partner)?.get(y) ?? null),
    })),
  };
}

export type CambodiaStanding = {
  year: number;
  /** Cambodia's value that year; null = no figure, so no rank. */
  value: number | null;
  /** 1 = largest among the partners with a figure that year. */
  rank: number | null;
  /** How many of the five have a figure that year. */
  reported: number;
  /** Partners ahead of Cambodia, largest first, with their values. */
  ahead: { partner: RegionPartner; value: number }[];
  /** Derived: Cambodia ÷ sum of the partners reported × 100; null when not meaningful (see reason). */
  sharePct: number | null;
  /** Why there is no share (no Cambodia figure, or a net flow ≤ 0 makes the sum meaningless). */
  reason: string | null;
};

/**
 * Cambodia's rank and share among the five, per year, always against all five partners
 * (not only those selected). The share is derived for trade only, when every figure that year
 * is positive: net aid can be negative, and a share of a sum with negative parts means nothing.
 */
export function buildCambodiaStanding(
  input: RegionInput,
  measure: RegionMeasure,
  from: number,
  to: number,
): CambodiaStanding[] {
  const byPartner = index(measureRows(input, measure));
  return yearsOf(from, to).map((year) => {
    const present = REGION_PARTNERS.flatMap((partner) => {
      const value = byPartner.get(partner)?.get(year);
      return value === undefined ? [] : [{ partner, value }];
    }).sort((a, b) => b.value - a.value);
    const i = present.findIndex((p) => p.partner === "KHM");
    if (i < 0)
      return {
        year,
        value: null,
        rank: null,
        reported: present.length,
        ahead: [],
        sharePct: null,
        reason: "no figure for Cambodia",
      };
    const value = present[i]!.value;
    const total = present.reduce((s, p) => s + p.value, 0);
    // Net aid is new aid minus repayments: a share of the five's net total is not derived at all,
    // as the figures table says; trade flows are never negative.
    const derived = measure !== "aid" && present.every((p) => p.value > 0);
    return {
      year,
      value,
      rank: i + 1,
      reported: present.length,
      ahead: present.slice(0, i),
      sharePct: derived ? roundDerived((value / total) * 100) : null,
      reason: derived
        ? null
        : measure === "aid"
          ? "not derived for net aid (repayments are subtracted)"
          : "not derived: a figure ≤ 0 that year",
    };
  });
}

/** The latest year in which Cambodia has a rank, or null. */
export function latestStanding(standing: readonly CambodiaStanding[]): CambodiaStanding | null {
  for (let i = standing.length - 1; i >= 0; i--) if (standing[i]!.rank !== null) return standing[i]!;
  return null;
}

/** Cambodia's latest rank among the five in Japan's imports and in Japan's net ODA (the overview's card). */
export function buildRegionHeadline(input: RegionInput): {
  imports: CambodiaStanding | null;
  aid: CambodiaStanding | null;
} {
  const spans = buildRegionSpans(input);
  const latest = (m: "imports" | "aid") =>
    latestStanding(buildCambodiaStanding(input, m, spans[m].first, spans[m].last));
  return { imports: latest("imports"), aid: latest("aid") };
}
