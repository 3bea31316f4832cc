import type { TradeRow } from "@/lib/schemas/trade";
import { REPORTER_LABEL, SERIES_SHORT } from "@/lib/transform/trade-labels";
import { buildEventMarkers, markerNote } from "@/lib/transform/event-links";
import { type KeyEvent } from "@/lib/schemas/events";
import { visibleSeries } from "@/views/trade/model/trade-chart-series";
import { type TradeDisplaySettings, buildShownRange, buildTradeDisplay } from "@/views/trade/model/trade-display";
import { SHARE_CSV_COLUMNS, buildShareRecord } from "@/views/trade/model/trade-share-csv";
import type { ShareRow } from "@/lib/transform/trade-share";
import type { YearRange } from "@/lib/transform/trade-series";
import { type TradeQuery, buildTradePageSearch } from "@/views/trade/search";
import { buildTradeCharts } from "@/views/trade/figure";
import { renderChartSvg } from "@/lib/chart/render-svg";
import { serializeSvg } from "@/lib/chart/svg-node";
import { buildTradeSourceUrl } from "@/lib/transform/trade-source-url";
import type { ExportFigure, ExportPanel, ExportRow, ExportSource } from "@/lib/export/figure";

export { buildTradeSourceUrl };

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
 * `rows`: the view's rows as GET /api/trade returns them (source rows, or derived share rows
 * for measure=share). `display`: the scale the page draws with. `keyEvents`: the page's key
 * events when its markers are on; those inside the range are drawn, as on screen.
 * `highlightYear`: the year the view highlights (`?year=`), drawn as on screen.
 */
export type TradeExportInput = {
  rows: readonly TradeRow[] | readonly ShareRow[];
  query: TradeQuery;
  domain: YearRange;
  origin: string;
  display?: TradeDisplaySettings;
  /** Whether the page shows key-event markers (the link reopens the view as it is). */
  events?: boolean;
  keyEvents?: readonly KeyEvent[];
  highlightYear?: number | null;
};

const SHARE_NOTE =
  "Shares derived: each side's bilateral flow ÷ the same side's trade with the world (IMF DOTS, partner World) × 100; exports FOB over exports FOB, imports CIF over imports CIF. Years where either input is missing are gaps.";

/**
 * The trade chart's export description for one view, from the same display panels,
 * models and renderer as the page's wide chart: the image, CSV and JSON show the view.
 */
export function buildTradeExportFigure({
  rows,
  query,
  domain,
  origin,
  display = { scale: "linear", base: null },
  events = true,
  keyEvents = [],
  highlightYear = null,
}: TradeExportInput): ExportFigure {
  const share = query.measure === "share";
  const shown = buildTradeDisplay({ query, rows }, display, domain);
  const mirror = shown.panels.length > 1;
  const markers = buildEventMarkers(keyEvents, query.from, query.to);
  const panels: ExportPanel[] = buildTradeCharts(
    shown.panels,
    { markers, highlightYear, scale: shown.scale, notes: shown.notes },
    "wide",
  ).map((m) => ({
    title: mirror ? m.title : undefined,
    legend: m.legend,
    svg: serializeSvg(renderChartSvg(m, { links: false, idPrefix: `panel-${m.id}` })),
    width: m.width,
    height: m.height,
  }));
  const shownRange = buildShownRange(shown, query);
  const range = `${shownRange.from}–${shownRange.to}`;
  const drawn = shown.panels.flatMap(visibleSeries);
  const scaleNote =
    shown.scale.kind === "log"
      ? ["Logarithmic scale: each gridline is ten times the one below."]
      : shown.scale.kind === "index"
        ? [`Index: each series divided by its ${shown.scale.base} value × 100 (derived).`]
        : [];
  const notes = [
    ...(share
      ? [SHARE_NOTE]
      : [
          "Values in millions of US dollars as published; years with no published figure are gaps, not zeros.",
          mirror
            ? "Gap derived by subtraction. Exports are valued FOB and imports CIF, so the two sides' figures differ."
            : "Balance derived by subtraction. Exports are valued FOB and imports CIF.",
        ]),
    ...scaleNote,
    ...shown.notes,
    ...(drawn.some((s) => s.kind === "point")
      ? ["Diamonds: press reports after the IMF series ends, not joined to it."]
      : []),
    ...(markers.length > 0
      ? [`Dashed lines: key events (${markers.map(markerNote).join("; ")}); see the timeline.`]
      : []),
  ];
  const who =
    query.reporter === "both"
      ? "as each side reports it"
      : query.reporter === "japan"
        ? "as reported by Japan"
        : "as reported by Cambodia";
  const viewUrl = `${origin}/trade${buildTradePageSearch({ ...query, year: highlightYear, events, ...display }, domain)}`;
  const fileParts = [
    share ? "cambodia-japan-trade-shares" : "cambodia-japan-trade",
    query.reporter === "both" ? "both-reporters" : `${query.reporter}-reported`,
    `${query.from}-${query.to}`,
    ...(shown.scale.kind === "linear" ? [] : [shown.scale.kind]),
  ];
  if (share) {
    const shareRows = rows as readonly ShareRow[];
    return {
      title: `Japan and Cambodia in each other's trade, ${range} (derived shares)`,
      subtitle: `${REPORTER_LABEL[query.reporter]}, ${range}. Each side's trade with the other as % of its trade with the world (IMF Direction of Trade Statistics).`,
      panels,
      notes,
      ...buildTradeCredits(shareRows, true),
      viewUrl,
      fileParts,
      columns: [...SHARE_CSV_COLUMNS],
      rows: shareRows.map(buildShareRecord),
    };
  }
  const valueRows = rows as readonly TradeRow[];
  return {
    title: `Japan–Cambodia trade ${who}, ${range}`,
    subtitle: `${REPORTER_LABEL[query.reporter]}, ${range}. Goods traded each year between Japan and Cambodia, ${shown.scale.kind === "index" ? `as an index, ${shown.scale.base} = 100 (derived from USD million` : "USD million (published"}, IMF Direction of Trade Statistics).`,
    panels,
    notes,
    ...buildTradeCredits(valueRows, false),
    viewUrl,
    fileParts,
    columns: [...TRADE_EXPORT_COLUMNS],
    rows: valueRows.map(toExportRow),
  };
}

/** The sources and licence line of a view's rows (GET /api/trade's rows; shares when `share`), as the figure names them. */
export function buildTradeCredits(
  rows: readonly TradeRow[] | readonly ShareRow[],
  share: boolean,
): { sources: ExportSource[]; licence: string } {
  if (share)
    return {
      sources: shareSourcesOf(rows as readonly ShareRow[]),
      licence: "Data: IMF Direction of Trade Statistics, used under the IMF's terms (attribution required).",
    };
  const valueRows = rows as readonly TradeRow[];
  const press = valueRows.some((r) => !r.series.startsWith("imf_"));
  return {
    sources: sourcesOf(valueRows),
    licence: `Data: IMF Direction of Trade Statistics, used under the IMF's terms (attribution required)${press ? "; press figures quoted with citation" : ""}.`,
  };
}

/** The inputs' sources of the shares: the bilateral IMF rows and each side's trade with the world. */
function shareSourcesOf(rows: readonly ShareRow[]): ExportSource[] {
  const seen = new Map<string, ExportSource>();
  for (const r of rows)
    for (const [input, what] of [
      [r.numerator, "bilateral"],
      [r.denominator, "trade with the world"],
    ] as const) {
      if (!input) continue;
      const key = `${what}|${r.reporter}|${input.source}`;
      if (!seen.has(key))
        seen.set(key, {
          name: `IMF, Direction of Trade Statistics (DOTS), ${r.reporter}-reported, ${what}`,
          title: input.sourceTitle,
          url: buildTradeSourceUrl(input.source),
        });
    }
  return [...seen.values()];
}
