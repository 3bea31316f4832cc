import type { TradeRow } from "@/lib/data/schemas/trade";
import { type ReporterView, type YearRange, buildYearDomain } from "@/lib/transform/trade-series";

export type TradeDomains = Record<ReporterView, YearRange>;

/** Year span of each reporter view, computed once from the data (plain data for the client). */
export function buildTradeDomains(rows: readonly TradeRow[]): TradeDomains {
  return { japan: buildYearDomain(rows, "japan"), cambodia: buildYearDomain(rows, "cambodia"), both: buildYearDomain(rows, "both") };
}
