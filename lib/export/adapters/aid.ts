import { type AidYearPoint, buildGapRuns } from "@/lib/transform/aid-series";
import { AID_CSV_COLUMNS, buildAidCsvRows } from "@/lib/transform/aid-csv";
import type { ChartPanel } from "@/lib/transform/trade-chart-series";
import { type AidQuery, type YearSpan, buildAidSearch } from "@/lib/url/aid-params";
import { GAP_HATCH, buildBarLineMarkup } from "../bar-line-markup";
import type { ExportFigure, ExportPanel, ExportRow, ExportSource, LegendEntry } from "../figure";

/** Literal colours of the light theme (app/globals.css --c-jp-to-kh and --c-balance). */
export const AID_COLORS = { japan: "#1f77b4", share: "#1d2330" } as const;

export const AID_SOURCES: ExportSource[] = [
  {
    name: "World Bank, World Development Indicators (DC.DAC.JPNL.CD), based on OECD DAC data",
    title: "World Bank WDI DC.DAC.JPNL.CD: Net bilateral aid flows from DAC donors, Japan (current US$)",
    url: "https://data.worldbank.org/indicator/DC.DAC.JPNL.CD",
  },
  {
    name: "all DAC donors for the derived share: WDI DC.DAC.TOTL.CD",
    title: "World Bank WDI DC.DAC.TOTL.CD: Net bilateral aid flows from DAC donors, total (current US$)",
    url: "https://data.worldbank.org/indicator/DC.DAC.TOTL.CD",
  },
];

export const AID_LICENCE =
  "Data: World Bank, World Development Indicators, CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Japan's share is derived here.";

/** Columns of the exported CSV/JSON: the aid API's CSV columns plus a link to the source. */
export const AID_EXPORT_COLUMNS = [...AID_CSV_COLUMNS, "source_url"];

export type AidExportInput = { series: readonly AidYearPoint[]; query: AidQuery; span: YearSpan; origin: string };

const PANEL_WIDTH = 960;

/**
 * The aid chart's export description for one view: Japan's net ODA as bars (years the
 * source leaves empty as hatched "no data" bands) and Japan's derived share of all DAC
 * donors as a line, drawn with the shared bar-and-line layout. `series` is what
 * GET /api/aid returns for the view (what the chart is drawn from), one point per year.
 */
export function buildAidExportFigure({ series, query, span, origin }: AidExportInput): ExportFigure {
  const years = series.map((p) => p.year);
  const gaps = buildGapRuns(series);
  const odaPanel: ChartPanel = {
    id: "oda",
    title: "Japan's net bilateral ODA to Cambodia",
    unit: "USD million, net",
    years,
    series: [
      {
        key: "japan",
        label: "Japan's net bilateral ODA (bars)",
        color: AID_COLORS.japan,
        kind: "bar",
        derived: false,
        values: series.map((p) => (p.japan === null ? null : p.japan / 1e6)),
        sources: series.map(() => null),
      },
    ],
  };
  const sharePanel: ChartPanel = {
    id: "share",
    title: "Japan's share of all DAC donors' net bilateral aid (derived)",
    unit: "% (derived)",
    years,
    series: [
      {
        key: "share",
        label: "Japan's share of all DAC donors (line, derived)",
        color: AID_COLORS.share,
        kind: "line",
        derived: true,
        values: series.map((p) => p.sharePct),
        sources: series.map(() => null),
      },
    ],
  };
  const odaLegend: LegendEntry[] = [
    { label: "Japan's net bilateral ODA (bars)", color: AID_COLORS.japan, shape: "bar" },
  ];
  if (gaps.length > 0)
    odaLegend.push({ label: "no data in the source", color: GAP_HATCH, shape: "bar", hatched: true });
  const panels: ExportPanel[] = [
    {
      title: `${odaPanel.title}, USD million`,
      legend: odaLegend,
      svg: buildBarLineMarkup(odaPanel, { width: PANEL_WIDTH, height: 360, idPrefix: "panel-oda", gaps }),
      width: PANEL_WIDTH,
      height: 360,
    },
    {
      title: `${sharePanel.title}, %`,
      legend: [{ label: "Japan's share of all DAC donors (line, derived)", color: AID_COLORS.share, shape: "line" }],
      svg: buildBarLineMarkup(sharePanel, { width: PANEL_WIDTH, height: 200, idPrefix: "panel-share" }),
      width: PANEL_WIDTH,
      height: 200,
    },
  ];
  const range = `${query.from}–${query.to}`;
  return {
    title: `Japan's aid to Cambodia, ${range}`,
    subtitle: `Net bilateral official development assistance from Japan to Cambodia, ${range}: current US dollars, calendar years; net means loan repayments are subtracted.`,
    panels,
    notes: [
      "Values published in current US dollars, drawn in millions; years with no figure in the source are gaps, not zeros.",
      "Share derived here: Japan's net bilateral ODA divided by that of all DAC donors (WDI DC.DAC.TOTL.CD), times 100.",
    ],
    sources: AID_SOURCES,
    licence: AID_LICENCE,
    viewUrl: `${origin}/aid${buildAidSearch(query, span)}`,
    fileParts: ["cambodia-japan-aid", "net-oda", `${query.from}-${query.to}`],
    columns: AID_EXPORT_COLUMNS,
    rows: buildAidCsvRows(series).map((r): ExportRow => ({ ...r, source_url: AID_SOURCES[0]!.url })),
  };
}
