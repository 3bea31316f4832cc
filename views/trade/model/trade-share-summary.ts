import { SHARE_DEFS, type ShareKey, type ShareRow } from "@/lib/transform/trade-share";

export type ShareSummaryLine = {
  key: ShareKey;
  label: string;
  first: { year: number; value: number } | null;
  latest: { year: number; value: number } | null;
};

/** For each share shown, its first and latest year with a value in range (computed, derived). */
export function buildShareSummary(shares: readonly ShareRow[], keys: readonly ShareKey[]): ShareSummaryLine[] {
  return keys.map((key) => {
    const valued = shares
      .filter((s): s is ShareRow & { value: number } => s.key === key && s.value !== null)
      .sort((a, b) => a.year - b.year);
    const f = valued[0];
    const l = valued[valued.length - 1];
    return {
      key,
      label: SHARE_DEFS[key].label,
      first: f ? { year: f.year, value: f.value } : null,
      latest: l && l !== f ? { year: l.year, value: l.value } : null,
    };
  });
}
