/**
 * The small input every accessible-chart feature works from: one chart, its series, and
 * per year a value (or null where the source has none) with the source's estimate flag.
 * Plain data, so a figure model or a chart panel can be mapped onto it in one function.
 */
export type AccessPoint = { year: number; value: number | null; estimate: boolean };

export type AccessSeries = {
  id: string;
  /** The legend label, as the chart shows it (e.g. "Cambodia → Japan: Japan's imports from Cambodia (CIF)"). */
  label: string;
  /** The unit the values are in, as shown on the axis (e.g. "USD million", "%"). */
  unit: string;
  /** "signed" for a balance or gap whose negative values are meaningful (they get a distinct timbre). */
  kind?: "level" | "signed";
  /** One entry per year on the chart's axis, in year order; missing years are `value: null`. */
  points: readonly AccessPoint[];
};

export type ChartAccessInput = {
  id: string;
  /** The chart title, read first by the summary node. */
  label: string;
  series: readonly AccessSeries[];
};
