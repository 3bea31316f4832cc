import { buildTradeCharts } from "@/views/trade/figure";
import {
  type TradeDisplaySettings,
  type TradeViewData,
  buildShownRange,
  buildTradeDisplay,
} from "@/views/trade/model/trade-display";
import type { YearRange } from "@/lib/transform/trade-series";
import { buildAccessInput } from "@/lib/a11y/from-model";
import type { ChartAccessInput } from "@/lib/a11y/types";

/** The trade view's series for the keyboard tree and the sound, from the same display panels and models as its figures. */
export function buildTradeAccessInput(
  data: TradeViewData,
  display: TradeDisplaySettings,
  domain: YearRange,
): ChartAccessInput {
  const shown = buildTradeDisplay(data, display, domain);
  const models = buildTradeCharts(shown.panels, { markers: [], highlightYear: null, scale: shown.scale }, "wide");
  const { from, to } = buildShownRange(shown, data.query);
  const what =
    data.query.measure === "share"
      ? "Japan and Cambodia in each other's trade (shares)"
      : "Trade between Japan and Cambodia";
  return buildAccessInput("trade", `${what}, ${from}–${to}`, models);
}
