import type { TradeRow } from "@/lib/schemas/trade";
import { type BilateralFlow, type TradePoint, type YearRange, buildDifference, buildTradeYears } from "./trade-series";

type MirrorYear = {
  year: number;
  /** As Japan records the flow (exports FOB for Japan → Cambodia, imports CIF for Cambodia → Japan). */
  japanReported: TradePoint | null;
  /** As Cambodia records the same flow (imports CIF, exports FOB). */
  cambodiaReported: TradePoint | null;
  /** Derived: Japan-reported minus Cambodia-reported; null unless both sides publish the year. */
  gap: number | null;
};

export type MirrorFlow = { flow: BilateralFlow; years: MirrorYear[] };

/**
 * The mirror view: the same flow as each side records it. Gaps between the two are
 * normal in trade statistics (CIF vs FOB valuation, timing, re-exports, partner-based
 * IMF estimates), so the gap is shown, not reconciled.
 */
export function buildMirror(rows: readonly TradeRow[], range: YearRange): MirrorFlow[] {
  const japan = buildTradeYears(rows, "japan", range);
  const cambodia = buildTradeYears(rows, "cambodia", range);
  const flows: BilateralFlow[] = ["japan_to_cambodia", "cambodia_to_japan"];
  return flows.map((flow) => {
    const key = flow === "japan_to_cambodia" ? "japanToCambodia" : "cambodiaToJapan";
    return {
      flow,
      years: japan.map((j, i) => {
        const c = cambodia[i];
        const japanReported = j[key];
        const cambodiaReported = c ? c[key] : null;
        return {
          year: j.year,
          japanReported,
          cambodiaReported,
          gap: buildDifference(japanReported?.value ?? null, cambodiaReported?.value ?? null),
        };
      }),
    };
  });
}
