import { formatNumber, formatTick } from "@/lib/format";
import { PARTNER_LABEL, type RegionMeasure, type RegionPartner, VIETNAM_UNCLEAR_BEFORE } from "@/lib/region/partners";
import { type ChartSpec, buildChart } from "@/lib/chart/build-chart";
import { type FigureSizes, bothSizes } from "@/lib/chart/figures";
import { buildLegend } from "@/lib/chart/legend";
import type { ChartModel } from "@/lib/chart/model";
import { THEME, type ChartSize } from "@/lib/chart/theme";

/** What the chart needs: the API's body for a view (GET /api/region) or the page's own build of it. */
export type RegionChartInput = {
  measure: RegionMeasure;
  years: readonly number[];
  series: readonly { partner: RegionPartner; values: readonly (number | null)[] }[];
};
export type RegionChartOptions = { scale: "log" | "linear" };

const TITLE: Record<RegionMeasure, string> = {
  exports: "Japan's exports to its mainland Southeast Asian partners",
  imports: "Japan's imports from its mainland Southeast Asian partners",
  aid: "Japan's net bilateral ODA to its mainland Southeast Asian partners",
};

/** Log ticks below 1 keep their decimals (0.1, 0.01); the others are whole numbers. */
const tick = (v: number) => (Math.abs(v) < 1 && v !== 0 ? String(v) : formatTick(v));

/**
 * The region chart: one line per partner, in USD million (aid, published in USD, is drawn in
 * millions). A missing year breaks the line. On the log scale values ≤ 0 are not drawn
 * (the scale says so); net aid, which can be negative, is drawn on a linear scale by default.
 */
export function buildRegionChartSpec(input: RegionChartInput, { scale }: RegionChartOptions): ChartSpec {
  const { measure, years } = input;
  const aid = measure === "aid";
  const from = years[0];
  const to = years[years.length - 1];
  const series = input.series.map((s) => ({
    id: s.partner,
    label: PARTNER_LABEL[s.partner],
    color: THEME.region[s.partner],
    kind: "line" as const,
    derived: false,
    values: s.values.map((v) => (v === null ? null : aid ? v / 1e6 : v)),
  }));
  const hasNegative = series.some((s) => s.values.some((v) => v !== null && v < 0));
  const vietnamEarly =
    input.series.some((s) => s.partner === "VNM") && from !== undefined && from < VIETNAM_UNCLEAR_BEFORE;
  const notes = [
    ...(scale === "log"
      ? ["Logarithmic scale: each step up is ten times the one below; zero or negative values cannot be drawn on it."]
      : []),
    ...(aid && hasNegative && scale === "linear"
      ? ["Net aid below zero: loan repayments to Japan exceeded new aid that year."]
      : []),
    ...(vietnamEarly
      ? [`Vietnam before ${VIETNAM_UNCLEAR_BEFORE}: the source does not say which state(s) the figures cover.`]
      : []),
  ];
  const names = input.series.map((s) => PARTNER_LABEL[s.partner]).join(", ");
  return {
    id: "region",
    title: TITLE[measure],
    description: `${TITLE[measure]} (${names}), ${from}–${to}, USD million${scale === "log" ? ", logarithmic scale" : ""}. The same figures are in the table below.`,
    years: [...years],
    panels: [
      {
        id: "region",
        unit: "USD million",
        axisTitle: aid
          ? "USD million, net disbursements"
          : `USD million${scale === "log" ? ", logarithmic scale" : ""}, Japan-reported`,
        weight: 1,
        endLabels: true,
        tickFormat: tick,
        scale: scale === "log" ? { kind: "log" } : { kind: "linear" },
        series: series.map((s) => ({
          ...s,
          titles: years.map((y, i) => {
            const v = s.values[i];
            return v === null || v === undefined ? null : `${y}: ${s.label}: USD ${formatNumber(v)} million`;
          }),
        })),
      },
    ],
    markers: [],
    highlightYear: null,
    legend: buildLegend(series),
    notes,
  };
}

export function buildRegionChart(input: RegionChartInput, opts: RegionChartOptions, size: ChartSize): ChartModel {
  return buildChart(buildRegionChartSpec(input, opts), size);
}

/** Both sizes of the region chart, for the page's static figure and the preview image. */
export const buildRegionFigure = (input: RegionChartInput, opts: RegionChartOptions): FigureSizes =>
  bothSizes(buildRegionChartSpec(input, opts));
