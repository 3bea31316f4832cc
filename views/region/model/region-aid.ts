/**
 * Japan's net ODA to the five partners: sums over a range and Japan's share of all DAC
 * donors (both derived). Net means loan repayments are subtracted, so a year can be
 * negative; negative years are kept in the sum and listed.
 */
import type { RegionPartner } from "@/lib/region/partners";
import { ALL_DAC_ODA, JAPAN_ODA, type RegionAidInput } from "@/lib/transform/region-series";
import { roundDerived, sumExact } from "@/lib/transform/derived-precision";

export type RegionAidSum = {
  partner: RegionPartner;
  /** Derived: sum of Japan's net ODA in USD over the years with a figure. */
  sumUsd: number;
  yearsWithData: number;
  /** Years in the range with no figure (gaps, not zeros). */
  missingYears: number[];
  /** Years in which repayments exceeded new aid. */
  negativeYears: number[];
};

export function buildRegionAidSums(
  aid: readonly RegionAidInput[],
  partners: readonly RegionPartner[],
  from: number,
  to: number,
): RegionAidSum[] {
  return partners
    .map((partner) => {
      const rows = aid.filter(
        (r) => r.partner === partner && r.category === JAPAN_ODA && r.year >= from && r.year <= to,
      );
      const have = new Set(rows.map((r) => r.year));
      const missingYears: number[] = [];
      for (let y = from; y <= to; y++) if (!have.has(y)) missingYears.push(y);
      return {
        partner,
        sumUsd: sumExact(rows.map((r) => r.value)),
        yearsWithData: rows.length,
        missingYears,
        negativeYears: rows
          .filter((r) => r.value < 0)
          .map((r) => r.year)
          .sort((a, b) => a - b),
      };
    })
    .sort((a, b) => b.sumUsd - a.sumUsd);
}

export type DacShare = {
  year: number;
  japanUsd: number | null;
  allDacUsd: number | null;
  /**
   * Derived: Japan ÷ all DAC donors × 100, only where the DAC total is positive and Japan's net
   * figure lies between zero and it: outside that a "share" below 0 % or above 100 % is correct
   * arithmetic on net flows (repayments subtracted) but not a share, so it is left out with the reason.
   */
  sharePct: number | null;
  /** Why there is no share. */
  reason: string | null;
};

export function buildDacShares(
  aid: readonly RegionAidInput[],
  partner: RegionPartner,
  from: number,
  to: number,
): DacShare[] {
  const japan = new Map<number, number>();
  const dac = new Map<number, number>();
  for (const r of aid) {
    if (r.partner !== partner) continue;
    if (r.category === JAPAN_ODA) japan.set(r.year, r.value);
    else if (r.category === ALL_DAC_ODA) dac.set(r.year, r.value);
  }
  const out: DacShare[] = [];
  for (let year = from; year <= to; year++) {
    const j = japan.get(year) ?? null;
    const d = dac.get(year) ?? null;
    let reason: string | null = null;
    if (j === null) reason = "no figure for Japan";
    else if (d === null) reason = "no figure for all DAC donors";
    else if (d <= 0) reason = "not derived: all DAC donors ≤ 0";
    else if (j! < 0) reason = "not derived: Japan's net figure was negative (repayments exceeded new aid)";
    else if (j! > d) reason = "not derived: Japan's net figure exceeded the DAC total (other donors' net was negative)";
    out.push({
      year,
      japanUsd: j,
      allDacUsd: d,
      sharePct: reason === null ? roundDerived((j! / d!) * 100) : null,
      reason,
    });
  }
  return out;
}
