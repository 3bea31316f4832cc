import { minDistance } from "./color-vision";

/**
 * The colours of every series a reader must tell apart, per chart, with the second cue each
 * mark carries besides colour (its shape). The values are the current tokens in app/globals.css
 * (--c-*) and lib/trade-labels.ts TRADE_COLORS; a unit test checks they still match, so a colour
 * change there cannot skip the colour-vision check. When the theme module holds the colours,
 * this list should read them from there instead of repeating them.
 */
export type SeriesCue = "bar" | "solid line" | "dashed line" | "diamond point" | "outlined bar";
export type SeriesColor = { id: string; label: string; hex: string; cue: SeriesCue };
export type ChartColors = { chart: string; series: readonly SeriesColor[] };

export const TOKEN_HEX = {
  "--c-jp-to-kh": "#1f77b4",
  "--c-kh-to-jp": "#d95f02",
  "--c-balance": "#1d2330",
  "--c-press": "#7b3294",
} as const;

const JP = TOKEN_HEX["--c-jp-to-kh"];
const KH = TOKEN_HEX["--c-kh-to-jp"];
const BAL = TOKEN_HEX["--c-balance"];
const PRESS = TOKEN_HEX["--c-press"];

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
