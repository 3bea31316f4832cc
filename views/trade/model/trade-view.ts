import type { TradeRow } from "@/lib/schemas/trade";
import type { TradeSelection } from "@/views/trade/search";
import { type MirrorFlow, buildMirror } from "@/lib/transform/trade-mirror";
import {
  type PressPoint,
  type Reporter,
  type TradeYear,
  type YearRange,
  buildPressPoints,
  buildTradeYears,
} from "@/lib/transform/trade-series";

/** Everything the trade page and its chart need, as plain data. */
export type TradeView =
  | {
      kind: "single";
      query: TradeSelection & { reporter: Reporter };
      domain: YearRange;
      years: TradeYear[];
      press: PressPoint[];
    }
  | {
      kind: "mirror";
      query: TradeSelection & { reporter: "both" };
      domain: YearRange;
      flows: MirrorFlow[];
      press: PressPoint[];
    };

export function buildTradeView(rows: readonly TradeRow[], query: TradeSelection, domain: YearRange): TradeView {
  const range = { from: query.from, to: query.to };
  if (query.reporter === "both") {
    const press = [...buildPressPoints(rows, "japan", range), ...buildPressPoints(rows, "cambodia", range)];
    // The mirror axis runs to the last IMF year in range; later years only have press points.
    return { kind: "mirror", query: { ...query, reporter: "both" }, domain, flows: buildMirror(rows, range), press };
  }
  return {
    kind: "single",
    query: { ...query, reporter: query.reporter },
    domain,
    years: buildTradeYears(rows, query.reporter, range),
    press: buildPressPoints(rows, query.reporter, range),
  };
}
