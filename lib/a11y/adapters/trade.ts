import { buildTradeCharts } from "@/lib/chart/build-trade-chart";
import type { TradeRow } from "@/lib/data/schemas/trade";
import { buildTradeChartPanels } from "@/lib/transform/trade-chart-series";
import type { YearRange } from "@/lib/transform/trade-series";
import { buildTradeView } from "@/lib/transform/trade-view";
import type { TradeQuery } from "@/lib/url/trade-params";
import { buildAccessInput } from "../from-model";
import type { ChartAccessInput } from "../types";

/** The trade view's series for the keyboard tree and the sound, from the same models as its figures. */
export function buildTradeAccessInput(
  rows: readonly TradeRow[],
  query: TradeQuery,
  domain: YearRange,
): ChartAccessInput {
  const panels = buildTradeChartPanels(buildTradeView(rows, query, domain));
  const models = buildTradeCharts(panels, { markers: [], highlightYear: null }, "wide");
  return buildAccessInput("trade", `Trade between Japan and Cambodia, ${query.from}–${query.to}`, models);
}
