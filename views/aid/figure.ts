import { formatPct, formatUsdAsMillions } from "@/lib/format";
import { type AidYearPoint, SMALL_TOTAL_CAVEAT, isShareOfSmallTotal } from "@/lib/transform/aid-series";
import type { KeyEvent } from "@/lib/schemas/events";
import { type ChartSpec, buildChart } from "@/lib/chart/build-chart";
import { type FigureSizes, bothSizes } from "@/lib/chart/figures";
import { buildLegend } from "@/lib/chart/legend";
import type { ChartModel } from "@/lib/chart/model";
import { THEME, type ChartSize } from "@/lib/chart/theme";

export type AidChartOptions = { markers: readonly KeyEvent[]; highlightYear: number | null };

/** The caveat a share on a tiny all-DAC total carries wherever it is printed. */
const smallNote = (p: AidYearPoint) => (isShareOfSmallTotal(p) ? `; ${SMALL_TOTAL_CAVEAT}` : "");

const ODA_LABEL = "Japan's net bilateral ODA (bars)";
const SHARE_LABEL = "Japan's share of all DAC donors (line, derived)";

/**
 * The aid chart: Japan's net ODA as bars (USD million; years without a figure are
 * hatched "no data" bands, never zeros) over Japan's derived share of all DAC donors.
 */
export function buildAidChartSpec(
  series: readonly AidYearPoint[],
  { markers, highlightYear }: AidChartOptions,
): ChartSpec {
  const years = series.map((p) => p.year);
  const from = years[0];
  const to = years[years.length - 1];
  const oda = series.map((p) => (p.japan === null ? null : p.japan / 1e6));
  const share = series.map((p) => p.sharePct);
  const hasGaps = oda.some((v) => v === null);
  const small = series.filter(isShareOfSmallTotal);
  const odaSeries = {
    id: "japan",
    label: ODA_LABEL,
    color: THEME.color.japanToCambodia,
    kind: "bar" as const,
    derived: false,
    values: oda,
  };
  const shareSeries = {
    id: "share",
    label: SHARE_LABEL,
    color: THEME.color.balance,
    kind: "line" as const,
    derived: true,
    values: share,
  };
  return {
    id: "aid",
    title: "Japan's net bilateral ODA to Cambodia",
    description: `Japan's net bilateral ODA to Cambodia, ${from}–${to}, USD million, with Japan's share of all DAC donors (derived). The same figures are in the table below.`,
    years,
    panels: [
      {
        id: "oda",
        unit: "USD million",
        axisTitle: "USD million, net disbursements",
        weight: 3,
        tickFormat: (v) => String(v),
        minTop: 1,
        showGaps: true,
        callout: (year) => {
          const p = series.find((s) => s.year === year);
          return p?.japan == null ? `${year}: no data` : `${year}: USD ${formatUsdAsMillions(p.japan)} million`;
        },
        series: [
          {
            ...odaSeries,
            titles: series.map((p) =>
              p.japan === null
                ? null
                : `${p.year}: USD ${formatUsdAsMillions(p.japan)} million${p.sharePct === null ? "" : `; ${formatPct(p.sharePct)} of all DAC donors (derived${smallNote(p)})`}`,
            ),
          },
        ],
      },
      {
        id: "share",
        unit: "%",
        axisTitle: "Japan's share of all DAC donors' net aid, % (derived)",
        weight: 1,
        tickFormat: (v) => `${v}%`,
        minTop: 10,
        series: [
          {
            ...shareSeries,
            titles: series.map((p) =>
              p.sharePct === null ? null : `${p.year}: ${formatPct(p.sharePct)} (derived${smallNote(p)})`,
            ),
          },
        ],
      },
    ],
    markers,
    highlightYear,
    legend: buildLegend([odaSeries, shareSeries], {
      ...(hasGaps ? { gaps: "no data in the source" } : {}),
      ...(markers.length > 0 ? { markers: "key event (links to the timeline)" } : {}),
    }),
    notes: small.length
      ? [
          `Japan's share in ${small.map((p) => p.year).join(", ")} is ${SMALL_TOTAL_CAVEAT} (all DAC donors gave Cambodia less than USD 1 million that year), not a sign that Japan gave most of the West's aid.`,
        ]
      : [],
  };
}

export function buildAidChart(series: readonly AidYearPoint[], opts: AidChartOptions, size: ChartSize): ChartModel {
  return buildChart(buildAidChartSpec(series, opts), size);
}

/** Both sizes of the aid chart, for the page's static figure and the preview image. */
export const buildAidFigure = (series: readonly AidYearPoint[], opts: AidChartOptions): FigureSizes =>
  bothSizes(buildAidChartSpec(series, opts));
