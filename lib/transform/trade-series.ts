import type { TradeFlow, TradeRow, TradeSeries } from "@/lib/schemas/trade";

/** A side whose customs publish the bilateral figures. */
export type Reporter = "japan" | "cambodia";
/** Which side's customs figures a view shows; "both" is the mirror view. */
export type ReporterView = Reporter | "both";
/**
 * A span of years. `defaultTo`: where a view ends unless the reader asks for later years (the
 * mirror view ends where both sides' IMF figures do; later years hold only press figures).
 */
export type YearRange = { from: number; to: number; defaultTo?: number };
export type BilateralFlow = Exclude<TradeFlow, "total_bilateral">;

export const IMF_SERIES: Record<Reporter, TradeSeries> = {
  japan: "imf_dots_japan_reported",
  cambodia: "imf_dots_cambodia_reported",
};

/** Press-reported customs figures (USD) that continue each side's series after the IMF copy ends. */
export const PRESS_SERIES: Record<Reporter, TradeSeries> = {
  japan: "japan_jetro_usd_press",
  cambodia: "cambodia_gdce_press",
};

/** One published figure with everything needed to cite it. Plain data: it crosses to the client. */
export type TradePoint = {
  value: number;
  estimate: boolean;
  series: TradeSeries;
  sourceTitle: string;
  source: string;
  notes: string;
};

export type TradeYear = {
  year: number;
  japanToCambodia: TradePoint | null;
  cambodiaToJapan: TradePoint | null;
  /** Derived: Japan → Cambodia minus Cambodia → Japan; null unless both flows are published. */
  balance: number | null;
};

export type PressPoint = TradePoint & { year: number; flow: BilateralFlow; reporter: Reporter };

const toPoint = (r: TradeRow): TradePoint => ({
  value: r.value,
  estimate: r.estimate,
  series: r.series,
  sourceTitle: r.sourceTitle,
  source: r.source,
  notes: r.notes,
});

/**
 * Rows of one series within a year range (inclusive), in year order, then by flow. Flows are
 * ASCII identifiers, compared by code point: localeCompare would give the same order but
 * initialise the browser's collation data (tens of ms on a phone) while the page hydrates.
 */
export function filterSeries(rows: readonly TradeRow[], series: TradeSeries, range?: YearRange): TradeRow[] {
  return rows
    .filter((r) => r.series === series && (!range || (r.year >= range.from && r.year <= range.to)))
    .sort((a, b) => a.year - b.year || (a.flow < b.flow ? -1 : a.flow > b.flow ? 1 : 0));
}

/**
 * Subtraction of two figures printed with at most three decimals. Rounding to the
 * thousandth only removes binary floating-point noise (81.8 − 119.2 = −37.400000000000006);
 * it cannot change a digit the sources printed.
 */
export function buildDifference(a: number | null, b: number | null): number | null {
  if (a === null || b === null) return null;
  return Math.round((a - b) * 1000) / 1000;
}

/**
 * One entry per calendar year in the range, including years with no data, so that a
 * chart's time axis is continuous and missing years show as gaps (never as zeros).
 */
export function buildTradeYears(rows: readonly TradeRow[], reporter: Reporter, range: YearRange): TradeYear[] {
  const series = filterSeries(rows, IMF_SERIES[reporter], range);
  const byYear = new Map<number, TradeYear>();
  for (let year = range.from; year <= range.to; year++) {
    byYear.set(year, { year, japanToCambodia: null, cambodiaToJapan: null, balance: null });
  }
  for (const row of series) {
    const entry = byYear.get(row.year);
    if (!entry) continue;
    if (row.flow === "japan_to_cambodia") entry.japanToCambodia = toPoint(row);
    if (row.flow === "cambodia_to_japan") entry.cambodiaToJapan = toPoint(row);
  }
  const years = [...byYear.values()];
  for (const y of years)
    y.balance = buildDifference(y.japanToCambodia?.value ?? null, y.cambodiaToJapan?.value ?? null);
  return years;
}

/**
 * Press figures for the years after the reporter's IMF series ends. They are kept apart
 * from the IMF series (different compilers, some rounded "more than" figures) and are
 * drawn as separate points, never joined to the IMF line.
 */
export function buildPressPoints(rows: readonly TradeRow[], reporter: Reporter, range: YearRange): PressPoint[] {
  const lastImfYear = Math.max(...filterSeries(rows, IMF_SERIES[reporter]).map((r) => r.year));
  return filterSeries(rows, PRESS_SERIES[reporter], range)
    .filter((r) => r.year > lastImfYear && r.unit === "USD_million" && r.flow !== "total_bilateral")
    .map((r) => ({ ...toPoint(r), year: r.year, flow: r.flow as BilateralFlow, reporter }));
}

/** The span of years the reporter view can show (IMF series plus later press points). */
export function buildYearDomain(rows: readonly TradeRow[], view: ReporterView): YearRange {
  const reporters: Reporter[] = view === "both" ? ["japan", "cambodia"] : [view];
  const series = new Set<TradeSeries>(reporters.flatMap((r) => [IMF_SERIES[r], PRESS_SERIES[r]]));
  const years = rows.filter((r) => series.has(r.series) && r.unit === "USD_million").map((r) => r.year);
  const domain = { from: Math.min(...years), to: Math.max(...years) };
  if (view !== "both") return domain;
  // Side by side, the two records compare only where both exist: the last year both reported to the IMF.
  const bothEnd = Math.min(
    ...reporters.map((r) => Math.max(...filterSeries(rows, IMF_SERIES[r]).map((row) => row.year))),
  );
  return bothEnd < domain.to ? { ...domain, defaultTo: bothEnd } : domain;
}
