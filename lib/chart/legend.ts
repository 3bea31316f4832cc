import { THEME } from "./theme";

/**
 * One legend entry, the same for the page's HTML legend and the exported SVG, for the
 * trade and aid charts and the map. Drawn by `buildSwatch` (render-svg.ts) in both.
 */
export type LegendEntry = {
  label: string;
  /** A colour, or `url(#pattern)` for a pattern defined in the figure (the map's hatches). */
  color: string;
  /** bar = filled square, line = short stroke, point = diamond, area = filled square with outline. */
  shape: "bar" | "line" | "point" | "area";
  /** Drawn hatched (estimates, years without data). */
  hatched?: boolean;
  /** Dash pattern for line entries (e.g. "7 4"). */
  dash?: string;
};

type LegendSeries = {
  label: string;
  color: string;
  kind: "bar" | "line" | "point";
  values: readonly (number | null)[];
};

/**
 * Legend entries of a chart: the series that have a value in the view (a series
 * with nothing drawn is not listed), then the extra marks the view shows.
 */
export function buildLegend(
  series: readonly LegendSeries[],
  extras: { estimates?: string; gaps?: string; markers?: string } = {},
): LegendEntry[] {
  const entries: LegendEntry[] = series
    .filter((s) => s.values.some((v) => v !== null))
    .map((s) => ({ label: s.label, color: s.color, shape: s.kind }));
  if (extras.estimates)
    entries.push({ label: extras.estimates, color: THEME.color.estimateHatch, shape: "bar", hatched: true });
  if (extras.gaps) entries.push({ label: extras.gaps, color: THEME.color.gapHatch, shape: "bar", hatched: true });
  if (extras.markers)
    entries.push({ label: extras.markers, color: THEME.color.marker, shape: "line", dash: THEME.stroke.markerDash });
  return entries;
}
