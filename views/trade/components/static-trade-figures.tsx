"use client";

import { buildTradeViewFigures } from "@/views/trade/figure";
import type { KeyEvent } from "@/lib/schemas/events";
import type { TradeDisplaySettings, TradeViewData } from "@/views/trade/model/trade-display";
import type { YearRange } from "@/lib/transform/trade-series";
import { StaticChartPanels } from "@/components/chart/static-chart-panels";

type Props = {
  /** The rows of the view: the same object as the SWR seed, so the page carries it once. */
  data: TradeViewData;
  view: TradeDisplaySettings & { year: number | null };
  domain: YearRange;
  markers: readonly KeyEvent[];
  /** Each figure's title: always (the page), or only when the view has several figures (the embed). */
  titles?: "always" | "several";
  eventList?: boolean;
};

/**
 * The static trade figures, drawn from the view's rows where they are shown: on the server
 * for first paint and readers without JavaScript, and again in the browser when it hydrates
 * (from the same rows the interactive chart is seeded with). Drawn by a server component,
 * the SVG would reach the browser twice, as markup and as a string in React's payload;
 * drawn here, the payload holds only the rows it already needed. The drawing is the same on
 * both sides because it is the same pure function of the same input.
 */
export function StaticTradeFigures({ data, view, domain, markers, titles = "always", eventList = true }: Props) {
  const figures = buildTradeViewFigures(data, view, domain, markers);
  return (
    <StaticChartPanels
      figures={figures}
      markers={eventList ? markers : []}
      withTitles={titles === "always" || figures.length > 1}
    />
  );
}
