import type { TradeRow } from "@/lib/schemas/trade";
import { type ReporterView, type YearRange, buildYearDomain } from "@/lib/transform/trade-series";

export type TradeDomains = Record<ReporterView, YearRange>;

const computed = new WeakMap<readonly TradeRow[], TradeDomains>();

/** Year span of each reporter view (plain data for the client); computed once per loaded data set. */
export function buildTradeDomains(rows: readonly TradeRow[]): TradeDomains {
  const hit = computed.get(rows);
  if (hit) return hit;
  const domains = {
    japan: buildYearDomain(rows, "japan"),
    cambodia: buildYearDomain(rows, "cambodia"),
    both: buildYearDomain(rows, "both"),
  };
  computed.set(rows, domains);
  return domains;
}
