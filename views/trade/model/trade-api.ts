import { buildCsv } from "@/lib/export/csv";
import type { TradeRow } from "@/lib/schemas/trade";
import type { TradeSelection } from "@/views/trade/search";
import { IMF_SERIES, PRESS_SERIES, type Reporter, buildPressPoints, filterSeries } from "@/lib/transform/trade-series";

/**
 * The source rows behind one view of the trade chart: the IMF rows of the chosen
 * reporter(s) in range, plus the press figures the view draws after the IMF series
 * ends. Building the view from these rows gives the same view as building it from
 * all rows, which is what lets the browser re-query the API and redraw.
 */
export function buildTradeApiRows(rows: readonly TradeRow[], query: TradeSelection): TradeRow[] {
  const range = { from: query.from, to: query.to };
  const reporters: Reporter[] = query.reporter === "both" ? ["japan", "cambodia"] : [query.reporter];
  return reporters.flatMap((reporter) => {
    const imf = filterSeries(rows, IMF_SERIES[reporter], range).filter((r) => r.flow !== "total_bilateral");
    const pressKeys = new Set(buildPressPoints(rows, reporter, range).map((p) => `${p.year} ${p.flow} ${p.value}`));
    const press = filterSeries(rows, PRESS_SERIES[reporter], range).filter((r) =>
      pressKeys.has(`${r.year} ${r.flow} ${r.value}`),
    );
    return [...imf, ...press];
  });
}

const TRADE_CSV_COLUMNS = [
  "year",
  "flow",
  "value",
  "unit",
  "reporter",
  "series",
  "source_title",
  "source",
  "notes",
  "estimate",
] as const;

/** CSV with the source of every row, so a downloaded file still says where each number comes from. */
export function buildTradeCsv(rows: readonly TradeRow[]): string {
  const records = rows.map((r) => ({
    year: r.year,
    flow: r.flow,
    value: r.value,
    unit: r.unit,
    reporter: r.reporter,
    series: r.series,
    source_title: r.sourceTitle,
    source: r.source,
    notes: r.notes,
    estimate: r.estimate ? "e" : "",
  }));
  return buildCsv(TRADE_CSV_COLUMNS, records, "\n");
}
