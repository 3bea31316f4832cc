import { THEME } from "@/lib/chart/theme";
import { minDistance } from "./color-vision";

/**
 * The colours of every series a reader must tell apart, per chart, with the second cue each
 * mark carries besides colour (its shape or fill). The colours are read from the one chart
 * theme (lib/chart/theme.ts), which the static SVG, the interactive chart, the export and the
 * page's CSS tokens share, so a colour change there cannot skip the colour-vision check.
 */
export type SeriesCue =
  "bar" | "solid line" | "dashed line" | "dotted line" | "diamond point" | "outlined bar" | "area" | "hatched area";
export type SeriesColor = { id: string; label: string; hex: string; cue: SeriesCue };
export type ChartColors = { chart: string; series: readonly SeriesColor[] };

const JP = THEME.color.japanToCambodia;
const KH = THEME.color.cambodiaToJapan;
const BAL = THEME.color.balance;
const PRESS = THEME.color.press;
const M = THEME.map;

export const CHART_COLORS: readonly ChartColors[] = [
  {
    chart: "trade (one reporter)",
    series: [
      { id: "japanToCambodia", label: "Japan → Cambodia", hex: JP, cue: "bar" },
      { id: "cambodiaToJapan", label: "Cambodia → Japan", hex: KH, cue: "bar" },
      { id: "balance", label: "Balance (derived)", hex: BAL, cue: "solid line" },
      { id: "pressJapanToCambodia", label: "Japan → Cambodia, press report", hex: JP, cue: "diamond point" },
      { id: "pressCambodiaToJapan", label: "Cambodia → Japan, press report", hex: KH, cue: "diamond point" },
    ],
  },
  {
    chart: "trade (mirror view, per flow)",
    series: [
      { id: "japanReported", label: "Reported by Japan", hex: JP, cue: "bar" },
      { id: "cambodiaReported", label: "Reported by Cambodia", hex: KH, cue: "bar" },
      { id: "gap", label: "Gap (derived)", hex: BAL, cue: "solid line" },
      { id: "pressJapan", label: "Reported by Japan, press report", hex: JP, cue: "diamond point" },
      { id: "pressCambodia", label: "Reported by Cambodia, press report", hex: KH, cue: "diamond point" },
    ],
  },
  {
    chart: "aid",
    series: [
      { id: "japanOda", label: "Japan's net bilateral ODA", hex: JP, cue: "bar" },
      { id: "highlightYear", label: "Highlighted year", hex: KH, cue: "outlined bar" },
      { id: "share", label: "Japan's share", hex: BAL, cue: "solid line" },
      { id: "events", label: "Key event", hex: PRESS, cue: "dashed line" },
    ],
  },
  {
    // One solid line per partner: five colours that must stay apart for every reader.
    chart: "region (one line per partner)",
    series: (["KHM", "LAO", "MMR", "THA", "VNM"] as const).map((p) => ({
      id: p,
      label: p,
      hex: THEME.region[p],
      cue: "solid line" as const,
    })),
  },
  {
    // The 1941 map (lib/map/legend.ts): statuses are areas; where accounts disagree the area is hatched.
    chart: "map (1941 statuses)",
    series: [
      { id: "ceded", label: "Ceded to Thailand 1941–46", hex: M.ceded, cue: "area" },
      { id: "retained", label: "Retained by French Cambodia", hex: M.retained, cue: "area" },
      { id: "disputed", label: "Accounts disagree", hex: M.disputed, cue: "hatched area" },
      { id: "treatyLine", label: "Treaty line", hex: M.treatyLine, cue: "dashed line" },
      { id: "parallel", label: "15°N parallel", hex: M.disputed, cue: "dotted line" },
    ],
  },
];

/** The threshold the charts are held to: ΔE*ab ≥ 20 after simulation, or a different mark. */
export const MIN_DELTA_E = 20;

/**
 * The pairs of series in a chart a colour-blind reader could confuse: colour distance below the
 * threshold for typical vision or any simulated dichromacy, and the same mark shape.
 */
export function confusablePairs(chart: ChartColors): string[] {
  const out: string[] = [];
  chart.series.forEach((a, i) =>
    chart.series.slice(i + 1).forEach((b) => {
      const worst = minDistance(a.hex, b.hex);
      if (worst < MIN_DELTA_E && a.cue === b.cue) out.push(`${a.id}/${b.id}: ΔE ${worst.toFixed(1)}, both ${a.cue}`);
    }),
  );
  return out;
}
