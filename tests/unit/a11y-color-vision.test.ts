import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { contrastRatio, deltaE76, DEFICIENCIES, distances, parseHex, simulate } from "@/lib/a11y/color-vision";
import { CHART_COLORS, confusablePairs, MIN_DELTA_E, type SeriesColor } from "@/lib/a11y/series-colors";
import { THEME } from "@/lib/chart/theme";
import { TRADE_COLORS } from "@/lib/transform/trade-labels";

const SERIES_TOKENS = {
  "--c-jp-to-kh": THEME.color.japanToCambodia,
  "--c-kh-to-jp": THEME.color.cambodiaToJapan,
  "--c-press": THEME.color.press,
};

describe("colour-vision simulation (Machado et al. 2009) and CIELAB ΔE", () => {
  it("keeps neutral greys neutral and white white under every deficiency", () => {
    for (const d of DEFICIENCIES) {
      for (const grey of [0, 128, 255]) {
        const out = simulate([grey, grey, grey], d);
        out.forEach((c) => expect(Math.abs(c - grey)).toBeLessThan(1.5));
      }
    }
  });

  it("measures black to white as ΔE 100 and a colour to itself as 0", () => {
    expect(deltaE76([0, 0, 0], [255, 255, 255])).toBeCloseTo(100, 3);
    expect(deltaE76(parseHex("#1f77b4"), parseHex("#1f77b4"))).toBe(0);
  });

  it("collapses red and green for protanopes and deuteranopes but not for tritanopes", () => {
    const d = distances("#d62728", "#2ca02c");
    expect(d.deuteranopia).toBeLessThan(d.normal / 2);
    expect(d.protanopia).toBeLessThan(d.normal / 2);
    expect(d.tritanopia).toBeGreaterThan(d.deuteranopia);
  });

  it("rejects a colour that is not #rrggbb", () => {
    expect(() => parseHex("var(--c-jp-to-kh)")).toThrow(/Not a #rrggbb colour/);
  });

  it("the checked colours are the theme's, which the page's series tokens and the trade series use", () => {
    const css = readFileSync(new URL("../../app/globals.css", import.meta.url), "utf8");
    for (const [token, hex] of Object.entries(SERIES_TOKENS)) {
      const m = new RegExp(`${token}:\\s*(#[0-9a-fA-F]{6})`).exec(css);
      expect(m?.[1]?.toLowerCase(), token).toBe(hex);
    }
    const checked = new Set(CHART_COLORS.flatMap((c) => c.series.map((s) => s.hex)));
    for (const hex of [...Object.values(SERIES_TOKENS), ...Object.values(TRADE_COLORS)]) expect(checked).toContain(hex);
    for (const hex of [THEME.map.ceded, THEME.map.retained, THEME.map.disputed]) expect(checked).toContain(hex);
  });

  it("flags two bars whose colours merge under deuteranopia and accepts them once one is a dashed line", () => {
    const a: SeriesColor = { id: "a", label: "A", hex: "#1f77b4", cue: "bar" };
    const b: SeriesColor = { id: "b", label: "B", hex: "#7b3294", cue: "bar" };
    const chart = { chart: "fixture", series: [a, b] };
    expect(distances("#1f77b4", "#7b3294").deuteranopia).toBeLessThan(MIN_DELTA_E);
    expect(confusablePairs(chart)).toHaveLength(1);
    expect(confusablePairs({ ...chart, series: [a, { ...b, cue: "dashed line" }] })).toEqual([]);
  });

  it("every series colour has at least 3:1 contrast against the white page (WCAG non-text contrast)", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 6);
    const css = readFileSync(new URL("../../app/globals.css", import.meta.url), "utf8");
    const bg = /--bg:\s*(#[0-9a-fA-F]{6})/.exec(css)?.[1] ?? "";
    const low = Object.entries(SERIES_TOKENS).filter(([, hex]) => contrastRatio(hex, bg) < 3);
    expect(low).toEqual([]);
  });

  for (const chart of CHART_COLORS) {
    it(`every pair of series in the ${chart.chart} chart has ΔE ≥ ${MIN_DELTA_E} after simulation or a different mark`, () => {
      expect(confusablePairs(chart)).toEqual([]);
    });
  }
});
