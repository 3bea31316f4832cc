import type { TradeView } from "./trade-view";
import type { TradeYear } from "@/lib/transform/trade-series";

type TradeYearFigures = { year: number; japanToCambodia: number; cambodiaToJapan: number; balance: number };

export type TradeSummary =
  | {
      kind: "single";
      latest: TradeYearFigures | null;
      first: TradeYearFigures | null;
      yearsWithData: number;
      estimates: number;
    }
  | {
      kind: "mirror";
      flows: {
        flow: string;
        latest: { year: number; japanReported: number; cambodiaReported: number; gap: number } | null;
      }[];
    }
  | { kind: "empty" };

const complete = (y: TradeYear): TradeYearFigures | null =>
  y.japanToCambodia && y.cambodiaToJapan && y.balance !== null
    ? {
        year: y.year,
        japanToCambodia: y.japanToCambodia.value,
        cambodiaToJapan: y.cambodiaToJapan.value,
        balance: y.balance,
      }
    : null;

/** The figures the one-sentence summary states: first and latest year with both flows, in the view's range. */
export function buildTradeSummary(view: TradeView): TradeSummary {
  if (view.kind === "single") {
    const full = view.years.map(complete).filter((y): y is TradeYearFigures => y !== null);
    if (full.length === 0) return { kind: "empty" };
    const yearsWithData = view.years.filter((y) => y.japanToCambodia || y.cambodiaToJapan).length;
    const estimates = view.years.filter((y) => y.japanToCambodia?.estimate || y.cambodiaToJapan?.estimate).length;
    return {
      kind: "single",
      latest: full[full.length - 1] ?? null,
      first: full.length > 1 ? (full[0] ?? null) : null,
      yearsWithData,
      estimates,
    };
  }
  const flows = view.flows.map((f) => {
    const both = f.years.filter((y) => y.japanReported && y.cambodiaReported && y.gap !== null);
    const last = both[both.length - 1];
    return {
      flow: f.flow,
      latest:
        last && last.japanReported && last.cambodiaReported && last.gap !== null
          ? {
              year: last.year,
              japanReported: last.japanReported.value,
              cambodiaReported: last.cambodiaReported.value,
              gap: last.gap,
            }
          : null,
    };
  });
  return flows.every((f) => f.latest === null) ? { kind: "empty" } : { kind: "mirror", flows };
}
