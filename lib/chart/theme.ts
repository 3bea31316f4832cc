/**
 * The one theme of every chart: colours, stroke widths, font sizes and figure sizes.
 * The static SVG, the Recharts chart and the export all read these values. These are the
 * light design's colours; lib/chart/palette.ts gives each its CSS custom property and its
 * dark counterpart, and paints them for the reader's theme (kept apart so that client code
 * reading a colour or a size does not load the whole palette).
 */
export const THEME = {
  /** The light design's values: models are built with these, and `paintFor` (lib/chart/palette.ts) maps them to the reader's theme. */
  color: {
    text: "#1d2330",
    muted: "#4f5868",
    background: "#ffffff",
    rule: "#d5d9e0",
    grid: "#e3e6eb",
    highlight: "#fbe7a1",
    marker: "#4f5868",
    gapHatch: "#9aa3b2",
    estimateHatch: "#8a93a3",
    japanToCambodia: "#1f77b4",
    cambodiaToJapan: "#d95f02",
    balance: "#1d2330",
    press: "#7b3294",
  },
  /**
   * One line per partner on the region chart: each at least 3:1 against the background, and every pair
   * ΔE ≥ 20 under simulated colour-vision deficiencies (lib/a11y/series-colors.ts). Cambodia keeps its trade colour.
   */
  region: {
    KHM: "#d95f02",
    LAO: "#009e73",
    MMR: "#543005",
    THA: "#000000",
    VNM: "#5e3c99",
  },
  /** The 1941 map's statuses and lines (views/map/components/map.css paints the same values on the page). */
  map: {
    ceded: "#c4552a",
    retained: "#f7f3e8",
    protectorate: "#efe6cf",
    modern: "#f4efe0",
    disputed: "#5b2a86",
    treatyLine: "#1d2330",
  },
  font: {
    family: "'Source Sans 3', Arial, Helvetica, sans-serif",
    /** Exports: Khmer and Thai province names and Japanese titles fall through to their Noto faces, embedded only when used. */
    exportFamily: "'Source Sans 3', 'Noto Sans Khmer', 'Noto Sans Thai', 'Noto Sans JP', Arial, Helvetica, sans-serif",
    tick: 13,
    axisTitle: 13,
    marker: 12,
    note: 12,
  },
  stroke: { line: 2, highlight: 2, marker: 1.2, markerDash: "4 3", pointOutline: 1.5 },
  /** Figure sizes in SVG units. Phones get the narrow, taller figure, never the wide one scaled down. */
  size: {
    wide: { width: 960, height: 440 },
    narrow: { width: 400, height: 440 },
  },
  /** Below this container width (CSS px) the narrow figure is shown. */
  narrowBelow: 600,
} as const;

export type ChartSize = keyof typeof THEME.size;
