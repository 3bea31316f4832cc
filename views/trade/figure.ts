import type { KeyEvent } from "@/lib/schemas/events";
import type { ChartPanel } from "@/views/trade/model/trade-chart-series";
import { SHARE_UNIT } from "@/views/trade/model/trade-share-panels";
import {
  type TradeDisplaySettings,
  type TradeViewData,
  buildPanelValueSpan,
  buildTradeDisplay,
} from "@/views/trade/model/trade-display";
import type { YearRange } from "@/lib/transform/trade-series";
import { formatPanelTick, formatPanelValueWithUnit } from "@/views/trade/model/trade-value-format";
import { type ChartSpec, buildChart } from "@/lib/chart/build-chart";
import { type FigureSizes, bothSizes } from "@/lib/chart/figures";
import { buildLegend } from "@/lib/chart/legend";
import type { ChartModel } from "@/lib/chart/model";
import type { ScaleSpec } from "@/lib/chart/scales";
import type { ChartSize } from "@/lib/chart/theme";

/**
 * `scale`: the y scale the reader chose (linear when absent); `notes`: what the view leaves
 * out and why (e.g. the balance on a log axis), shown with the figure.
 */
export type TradeChartOptions = {
  markers: readonly KeyEvent[];
  highlightYear: number | null;
  scale?: ScaleSpec;
  notes?: readonly string[];
  /** Values of every panel of the view, when they share one y scale (see `sharedValues`). */
  shared?: readonly number[];
};

/**
 * The mirror view's panels are the same flows as each side records them: drawn on one y scale,
 * so that a bar's height means the same in both. Shares stay on their own axes (one side's
 * share of its trade is not the other's), as the caption says.
 */
function sharedValues(panels: readonly ChartPanel[]): number[] | undefined {
  const unit = panels[0]?.unit;
  if (panels.length < 2 || unit === SHARE_UNIT || panels.some((p) => p.unit !== unit)) return undefined;
  return panels.flatMap((p) => p.series.flatMap((s) => s.values.filter((v): v is number => v !== null)));
}

/** The chart spec of one trade panel (one per panel: the mirror view has two figures). */
function buildTradeChartSpec(
  panel: ChartPanel,
  { markers, highlightYear, scale, notes = [], shared }: TradeChartOptions,
): ChartSpec {
  const estimates = panel.series.some(
    (s) => s.kind === "bar" && s.values.some((v, i) => v !== null && s.sources[i]?.estimate),
  );
  // Shares and indices are described over the years they have a value (they end with their inputs).
  const span = panel.valueFormat === undefined ? null : buildPanelValueSpan(panel);
  const from = span?.from ?? panel.years[0];
  const to = span?.to ?? panel.years[panel.years.length - 1];
  return {
    id: panel.id,
    title: panel.title,
    description: `${panel.title}, ${from}–${to}, ${panel.unit}${scale?.kind === "log" ? ", logarithmic scale" : ""}. The same figures are in the table below.`,
    years: panel.years,
    panels: [
      {
        id: panel.id,
        unit: panel.unit,
        axisTitle: scale?.kind === "log" ? `${panel.unit} (log scale)` : panel.unit,
        weight: 1,
        tickFormat: (v: number) => formatPanelTick(panel, v),
        ...(scale ? { scale } : {}),
        ...(shared ? { domainValues: shared } : {}),
        series: panel.series.map((s) => ({
          id: s.key,
          label: s.label,
          color: s.color,
          kind: s.kind,
          derived: s.derived,
          values: s.values,
          estimates: s.sources.map((src) => src?.estimate ?? false),
          titles: s.values.map((v, i) =>
            v === null
              ? null
              : `${panel.years[i]}: ${s.label}: ${formatPanelValueWithUnit(panel, v)}${s.sources[i]?.estimate ? " (e: IMF estimate)" : ""}`,
          ),
        })),
      },
    ],
    markers,
    highlightYear,
    legend: buildLegend(
      panel.series.map((s) => ({ ...s })),
      estimates ? { estimates: "Hatched: IMF estimate (“e”)" } : {},
    ),
    notes: [...notes],
  };
}

/** Trade chart models for the view's panels at one size. */
export function buildTradeCharts(
  panels: readonly ChartPanel[],
  opts: TradeChartOptions,
  size: ChartSize,
): ChartModel[] {
  const shared = sharedValues(panels);
  return panels.map((p) => buildChart(buildTradeChartSpec(p, { ...opts, shared }), size));
}

/**
 * Both sizes of each figure of a trade view, from the rows GET /api/trade returns for it: the
 * panels on the chosen scale, then the charts. The page, its embed and the preview image draw from this.
 */
export function buildTradeViewFigures(
  data: TradeViewData,
  view: TradeDisplaySettings & { year: number | null },
  domain: YearRange,
  markers: readonly KeyEvent[],
): FigureSizes[] {
  const shown = buildTradeDisplay(data, view, domain);
  const opts = {
    markers,
    highlightYear: view.year,
    scale: shown.scale,
    notes: shown.notes,
    shared: sharedValues(shown.panels),
  };
  return shown.panels.map((p) => bothSizes(buildTradeChartSpec(p, opts)));
}
