import { THEME } from "./theme";

/**
 * The site's colours in two designs, light and dark. Each tone has the CSS custom property
 * the page paints it with, its light value (the chart theme's, lib/chart/theme.ts, for the
 * figures' colours) and its dark value. The stylesheet's colour rules (app/globals.css) are
 * written from this table by `npm run palette:css` and checked against it by a unit test. On the page the figures are painted
 * with `var(--…)` (`paintFor`), so the reader's theme recolours the server's SVG, the
 * interactive chart and the map alike; an export is painted with the literal values of the
 * theme chosen in its menu.
 */
export type Tone = { readonly css: string; readonly light: string; readonly dark: string };
export type ThemeName = "light" | "dark";

export const PALETTE = {
  text: { css: "--text", light: THEME.color.text, dark: "#e3e7ee" },
  muted: { css: "--muted", light: THEME.color.muted, dark: "#a9b2c1" },
  background: { css: "--bg", light: THEME.color.background, dark: "#121722" },
  panel: { css: "--panel", light: "#f5f6f8", dark: "#1b2230" },
  rule: { css: "--border", light: THEME.color.rule, dark: "#3c4557" },
  grid: { css: "--grid", light: THEME.color.grid, dark: "#2a3241" },
  accent: { css: "--accent", light: "#1f4e8c", dark: "#8ab4f8" },
  accentStrong: { css: "--accent-strong", light: "#163a69", dark: "#b3cdfb" },
  onAccent: { css: "--on-accent", light: "#ffffff", dark: "#10151f" },
  focus: { css: "--focus", light: "#c25e00", dark: "#ffa24d" },
  warnBg: { css: "--warn-bg", light: "#fff5e0", dark: "#382c0c" },
  warnBorder: { css: "--warn-border", light: "#c98a00", dark: "#e0a400" },
  errorBg: { css: "--error-bg", light: "#fdecea", dark: "#3d1a18" },
  errorBorder: { css: "--error-border", light: "#b3261e", dark: "#f28b82" },
  highlight: { css: "--highlight", light: THEME.color.highlight, dark: "#4d4213" },
  eventBorder: { css: "--event-border", light: "#d4a514", dark: "#d4a514" },
  eventBg: { css: "--event-bg", light: "#fdf5d8", dark: "#332d14" },
  gapHatch: { css: "--gap-hatch", light: THEME.color.gapHatch, dark: "#758096" },
  estimateHatch: { css: "--estimate-hatch", light: THEME.color.estimateHatch, dark: "#8792a6" },
  japanToCambodia: { css: "--c-jp-to-kh", light: THEME.color.japanToCambodia, dark: "#4fa3e6" },
  cambodiaToJapan: { css: "--c-kh-to-jp", light: THEME.color.cambodiaToJapan, dark: "#f08a3c" },
  press: { css: "--c-press", light: THEME.color.press, dark: "#c596e3" },
  lao: { css: "--c-lao", light: THEME.region.LAO, dark: "#1fc493" },
  mmr: { css: "--c-mmr", light: THEME.region.MMR, dark: "#8c6d46" },
  tha: { css: "--c-tha", light: THEME.region.THA, dark: "#f5f5f5" },
  vnm: { css: "--c-vnm", light: THEME.region.VNM, dark: "#a88ff0" },
  sea: { css: "--map-sea", light: "#dbe8f3", dark: "#16283a" },
  land: { css: "--map-land", light: "#ecebe6", dark: "#272a31" },
  landEdge: { css: "--map-land-edge", light: "#b9b6ad", dark: "#4c515b" },
  ceded: { css: "--map-ceded", light: THEME.map.ceded, dark: "#d8703f" },
  cededStripe: { css: "--map-ceded-stripe", light: "#f6d2bd", dark: "#5c3424" },
  retained: { css: "--map-retained", light: THEME.map.retained, dark: "#3e3b30" },
  protectorate: { css: "--map-protectorate", light: THEME.map.protectorate, dark: "#4b4535" },
  modern: { css: "--map-modern", light: THEME.map.modern, dark: "#36332b" },
  disputed: { css: "--map-disputed", light: THEME.map.disputed, dark: "#c79ee9" },
  borders: { css: "--map-borders", light: "#8d8778", dark: "#7d786d" },
  outline: { css: "--map-outline", light: "#3d3a33", dark: "#cdc7b8" },
  lake: { css: "--map-lake", light: "#a9cbe6", dark: "#294a68" },
  lakeEdge: { css: "--map-lake-edge", light: "#6f9fc7", dark: "#4f7ea8" },
  river: { css: "--map-river", light: "#5d93c4", dark: "#6ea6d8" },
  label: { css: "--map-label", light: "#2b2f38", dark: "#dde1e8" },
  countryLabel: { css: "--map-country-label", light: "#6b675d", dark: "#a7a296" },
  waterLabel: { css: "--map-water-label", light: "#2f5f8a", dark: "#90bce3" },
} as const satisfies Record<string, Tone>;

/** Light value → tone. Where two tones share a light value (text and the balance line), the first listed wins. */
const TONE_BY_LIGHT = new Map<string, Tone>();
for (const tone of Object.values(PALETTE)) if (!TONE_BY_LIGHT.has(tone.light)) TONE_BY_LIGHT.set(tone.light, tone);

/**
 * A colour of the light design as painted in a given place: on the page, its CSS custom
 * property (so the reader's theme decides); in a file, the literal value of the chosen theme.
 * Values that are not the palette's (none, url(#…), currentColor) pass through unchanged.
 */
export function paintFor(value: string, target: "page" | ThemeName): string {
  const tone = TONE_BY_LIGHT.get(value.toLowerCase());
  if (!tone) return value;
  return target === "page" ? `var(${tone.css})` : tone[target];
}

/** The SVG attributes that carry paint. */
export const PAINT_ATTRIBUTES: ReadonlySet<string> = new Set(["fill", "stroke", "stop-color", "flood-color", "color"]);

const PAINTED = new RegExp(`\\b(${[...PAINT_ATTRIBUTES].join("|")})="(#[0-9a-fA-F]{6})"`, "g");

/** Repaints a serialised SVG drawn in the light design with another theme's literal values. */
export function repaintSvg(svg: string, theme: ThemeName): string {
  if (theme === "light") return svg;
  return svg.replace(PAINTED, (_, attr: string, hex: string) => `${attr}="${paintFor(hex, theme)}"`);
}
