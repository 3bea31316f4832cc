import type { TradeRow } from "@/lib/schemas/trade";
import type { ScaleSpec } from "@/lib/chart/scales";
import type { TradeQuery, TradeScale } from "@/views/trade/search";
import { type ChartPanel, buildTradeChartPanels } from "@/views/trade/model/trade-chart-series";
import { buildAutoBase, buildIndexedPanels } from "./trade-index";
import type { ShareRow } from "@/lib/transform/trade-share";
import { buildShareChartPanels } from "./trade-share-panels";
import type { YearRange } from "@/lib/transform/trade-series";
import { buildTradeView } from "./trade-view";

/** What GET /api/trade returns for a view: source rows (measure=value) or derived share rows (measure=share). */
export type TradeViewData = { query: TradeQuery; rows: readonly TradeRow[] | readonly ShareRow[] };

/** The chart panels of a view's data, on the server and in the browser alike. */
export function buildTradeDataPanels(data: TradeViewData, domain: YearRange): ChartPanel[] {
  if (data.query.measure === "share") return buildShareChartPanels(data.rows as readonly ShareRow[], data.query);
  return buildTradeChartPanels(buildTradeView(data.rows as readonly TradeRow[], data.query, domain));
}

/** The page's display settings that change how the figures are drawn, not which figures (base null: automatic). */
export type TradeDisplaySettings = { scale: TradeScale; base: number | null };

/** The panels as the chosen scale draws them, the scale for the chart model, and what the view leaves out, with why. */
export type DisplayPanels = { panels: ChartPanel[]; notes: string[]; scale: ScaleSpec };

/**
 * The panels as the chosen scale shows them. Log: a difference (balance, gap) can be
 * negative and has no place on a log axis, so it is not drawn, and a note says so. Index:
 * each series over its base-year value × 100 (trade-index.ts).
 */
export function buildDisplayPanels(
  panels: readonly ChartPanel[],
  { scale, base }: TradeDisplaySettings,
): DisplayPanels {
  const indexBase = scale === "index" ? (base ?? buildAutoBase(panels)) : null;
  if (indexBase !== null) {
    const { panels: indexed, notices } = buildIndexedPanels(panels, indexBase);
    return { panels: indexed, notes: notices, scale: { kind: "index", base: indexBase } };
  }
  if (scale === "index")
    return {
      panels: [...panels],
      notes: ["No series in this range has a figure to index to; it is shown on the linear scale."],
      scale: { kind: "linear" },
    };
  if (scale === "log") {
    const notes: string[] = [];
    const out = panels.map((p) => ({
      ...p,
      series: p.series.filter((s) => {
        const difference = s.kind === "line" && s.derived;
        if (difference && s.values.some((v) => v !== null))
          notes.push(
            `${s.label}: not drawn on the logarithmic scale (it can be zero or negative); choose the linear scale to see it.`,
          );
        return !difference;
      }),
    }));
    if (out.some((p) => p.series.some((s) => s.values.some((v) => v !== null && v <= 0))))
      notes.push("Values of zero have no place on a logarithmic scale and are not drawn; the table lists them.");
    return { panels: out, notes, scale: { kind: "log" } };
  }
  return { panels: [...panels], notes: [], scale: { kind: "linear" } };
}

/** Data and display together: the panels every drawing of a view (page, chart, export, sound) starts from. */
export const buildTradeDisplay = (data: TradeViewData, settings: TradeDisplaySettings, domain: YearRange) =>
  buildDisplayPanels(buildTradeDataPanels(data, domain), settings);

/** First and last year in which a panel draws any value; null when it draws none. */
export function buildPanelValueSpan(panel: Pick<ChartPanel, "years" | "series">): YearRange | null {
  const has = (i: number) => panel.series.some((s) => s.values[i] !== null && s.values[i] !== undefined);
  const first = panel.years.findIndex((_, i) => has(i));
  if (first < 0) return null;
  let last = panel.years.length - 1;
  while (!has(last)) last--;
  return { from: panel.years[first]!, to: panel.years[last]! };
}

/**
 * The years a view's figures cover, as its title and descriptions state them. Derived shares and
 * indices stop where their inputs stop (the world totals, the indexed IMF series end in 2020), so
 * for them the selected range is narrowed to the first and last year with a value: a stated range
 * never runs past its figures. Published values keep the selected range (gaps are part of it).
 */
export function buildShownRange(
  shown: Pick<DisplayPanels, "panels" | "scale">,
  query: Pick<TradeQuery, "measure" | "from" | "to">,
): YearRange {
  if (query.measure !== "share" && shown.scale.kind !== "index") return { from: query.from, to: query.to };
  const spans = shown.panels.map(buildPanelValueSpan).filter((s): s is YearRange => s !== null);
  if (spans.length === 0) return { from: query.from, to: query.to };
  return { from: Math.min(...spans.map((s) => s.from)), to: Math.max(...spans.map((s) => s.to)) };
}
