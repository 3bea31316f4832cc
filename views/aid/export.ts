import { buildAidChart } from "@/views/aid/figure";
import { renderChartSvg } from "@/lib/chart/render-svg";
import { serializeSvg } from "@/lib/chart/svg-node";
import type { AidYearPoint } from "@/lib/transform/aid-series";
import { AID_CSV_COLUMNS, buildAidCsvRows } from "@/lib/transform/aid-csv";
import { buildEventMarkers, markerNote } from "@/lib/transform/event-links";
import { type KeyEvent } from "@/lib/schemas/events";
import { type AidQuery, type YearSpan, buildAidSearch } from "@/views/aid/search";
import type { ExportFigure, ExportRow, ExportSource } from "@/lib/export/figure";

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

/** `keyEvents`: the page's key events when its markers are on; those inside the range are drawn, as on screen. */
export type AidExportInput = {
  series: readonly AidYearPoint[];
  query: AidQuery;
  span: YearSpan;
  origin: string;
  keyEvents?: readonly KeyEvent[];
};

/**
 * The aid chart's export description for one view: the same model and static renderer
 * as the page's wide chart (ODA bars with hatched "no data" bands, the derived share
 * line, event markers, the highlighted year). `series` is what GET /api/aid returns
 * for the view (what the chart is drawn from), one point per year.
 */
export function buildAidExportFigure({ series, query, span, origin, keyEvents = [] }: AidExportInput): ExportFigure {
  const markers = query.events ? buildEventMarkers(keyEvents, query.from, query.to) : [];
  const model = buildAidChart(series, { markers, highlightYear: query.year }, "wide");
  const panels = [
    {
      legend: model.legend,
      svg: serializeSvg(renderChartSvg(model, { links: false, idPrefix: "panel-aid" })),
      width: model.width,
      height: model.height,
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
      ...model.notes,
      ...(markers.length > 0
        ? [`Dashed lines: key events (${markers.map(markerNote).join("; ")}); see the timeline.`]
        : []),
    ],
    sources: AID_SOURCES,
    licence: AID_LICENCE,
    viewUrl: `${origin}/aid${buildAidSearch(query, span)}`,
    fileParts: ["cambodia-japan-aid", "net-oda", `${query.from}-${query.to}`],
    columns: AID_EXPORT_COLUMNS,
    rows: buildAidCsvRows(series).map((r): ExportRow => ({ ...r, source_url: AID_SOURCES[0]!.url })),
  };
}
