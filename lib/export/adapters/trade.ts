import type { TradeRow } from "@/lib/data/schemas/trade";
import { REPORTER_LABEL, SERIES_SHORT } from "@/lib/trade-labels";
import { buildEventMarkers, type KeyEvent } from "@/lib/transform/event-links";
import { buildTradeChartPanels, visibleSeries } from "@/lib/transform/trade-chart-series";
import type { YearRange } from "@/lib/transform/trade-series";
import { buildTradeView } from "@/lib/transform/trade-view";
import { type TradeQuery, buildTradeSearch } from "@/lib/url/trade-params";
import { buildTradeCharts } from "@/lib/chart/build-trade-chart";
import { renderChartSvg } from "@/lib/chart/render-svg";
import { serializeSvg } from "@/lib/chart/svg-node";
import type { ExportFigure, ExportPanel, ExportRow, ExportSource } from "../figure";

/** The IMF copy the data were read from (data/SOURCES.md: commit a769819, 2 Feb 2022). */
const IMF_COPY_COMMIT = "a769819";

export const TRADE_EXPORT_COLUMNS = [
  "year",
  "flow",
  "value",
  "unit",
  "reporter",
  "series",
  "estimate",
  "source_title",
  "source",
  "source_url",
  "notes",
] as const;

/** A row's source as a link: URLs stay as they are; "owner/repo: path (…)" becomes the file on GitHub at the copy's commit. */
export function buildTradeSourceUrl(source: string): string {
  if (/^https?:\/\//.test(source)) return source;
  const repo = /^([\w.-]+\/[\w.-]+):\s*(\S+)/.exec(source);
  if (repo) return `https://github.com/${repo[1]}/blob/${IMF_COPY_COMMIT}/${repo[2]}`;
  return source;
}

function sourcesOf(rows: readonly TradeRow[]): ExportSource[] {
  const seen = new Map<string, ExportSource>();
  for (const r of rows) {
    const key = `${r.series}|${r.sourceTitle}|${r.source}`;
    if (seen.has(key)) continue;
    const imf = r.series.startsWith("imf_");
    seen.set(key, {
      name: imf ? `IMF, Direction of Trade Statistics (DOTS), ${r.reporter}-reported` : r.sourceTitle,
      title: r.sourceTitle,
      url: buildTradeSourceUrl(r.source),
      ...(imf ? {} : { group: `${SERIES_SHORT[r.series]}s` }),
    });
  }
  // IMF first, then press reports in the order they appear (by year).
  return [...seen.values()].sort((a, b) => Number(b.name.startsWith("IMF")) - Number(a.name.startsWith("IMF")));
}

const toExportRow = (r: TradeRow): ExportRow => ({
  year: r.year,
  flow: r.flow,
  value: r.value,
  unit: r.unit,
  reporter: r.reporter,
  series: r.series,
  estimate: r.estimate,
  source_title: r.sourceTitle,
  source: r.source,
  source_url: buildTradeSourceUrl(r.source),
  notes: r.notes,
});

/**
 * `keyEvents`: the page's key events when its markers are on; those inside the range are drawn, as on screen.
 * `highlightYear`: the year the view highlights (`?year=`), drawn as on screen.
 */
export type TradeExportInput = {
  rows: readonly TradeRow[];
  query: TradeQuery;
  domain: YearRange;
  origin: string;
  keyEvents?: readonly KeyEvent[];
  highlightYear?: number | null;
};

/**
 * The trade chart's export description for one view. `rows` are the view's rows as
 * GET /api/trade returns them (what the chart is drawn from), so the image, CSV and
 * JSON all show the same view.
 */
export function buildTradeExportFigure({
  rows,
  query,
  domain,
  origin,
  keyEvents = [],
  highlightYear = null,
}: TradeExportInput): ExportFigure {
  const view = buildTradeView(rows, query, domain);
  const chartPanels = buildTradeChartPanels(view);
  const mirror = chartPanels.length > 1;
  const markers = buildEventMarkers(keyEvents, query.from, query.to);
  // The same models and renderer as the page's wide chart: the file shows what the screen shows.
  const panels: ExportPanel[] = buildTradeCharts(chartPanels, { markers, highlightYear }, "wide").map((m) => ({
    title: mirror ? m.title : undefined,
    legend: m.legend,
    svg: serializeSvg(renderChartSvg(m, { links: false, idPrefix: `panel-${m.id}` })),
    width: m.width,
    height: m.height,
  }));
  const range = `${query.from}–${query.to}`;
  const drawn = chartPanels.flatMap(visibleSeries);
  const notes = [
    "Values in millions of US dollars as published; years with no published figure are gaps, not zeros.",
    mirror
      ? "Gap derived by subtraction. Exports are valued FOB and imports CIF, so the two sides' figures differ."
      : "Balance derived by subtraction. Exports are valued FOB and imports CIF.",
    ...(drawn.some((s) => s.kind === "point")
      ? ["Diamonds: press reports after the IMF series ends, not joined to it."]
      : []),
    ...(markers.length > 0
      ? [`Dashed lines: key events (${markers.map((m) => `${m.year} ${m.short}`).join("; ")}); see the timeline.`]
      : []),
  ];
  return {
    title: mirror
      ? `Japan–Cambodia trade as each side reports it, ${range}`
      : `Japan–Cambodia trade ${query.reporter === "japan" ? "as reported by Japan" : "as reported by Cambodia"}, ${range}`,
    subtitle: `${REPORTER_LABEL[query.reporter]}, ${range}. Goods traded each year between Japan and Cambodia, USD million (IMF Direction of Trade Statistics).`,
    panels,
    notes,
    sources: sourcesOf(rows),
    licence: `Data: IMF Direction of Trade Statistics, used under the IMF's terms (attribution required)${rows.some((r) => !r.series.startsWith("imf_")) ? "; press figures quoted with citation" : ""}.`,
    viewUrl: `${origin}/trade${buildTradeSearch(query, domain)}`,
    fileParts: [
      "cambodia-japan-trade",
      query.reporter === "both" ? "both-reporters" : `${query.reporter}-reported`,
      `${query.from}-${query.to}`,
    ],
    columns: [...TRADE_EXPORT_COLUMNS],
    rows: rows.map(toExportRow),
  };
}
