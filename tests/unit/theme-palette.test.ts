import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { contrastRatio } from "@/lib/a11y/color-vision";
import { CHART_COLORS, confusablePairs } from "@/lib/a11y/series-colors";
import { PALETTE, paintFor, repaintSvg } from "@/lib/chart/palette";
import { THEME } from "@/lib/chart/theme";

const css = readFileSync("app/globals.css", "utf8");

/** The declarations of the CSS rule whose selector list is exactly `selector`. */
function declarations(selector: string): Map<string, string> {
  const at = css.indexOf(`${selector} {`);
  expect(at, `rule ${selector}`).toBeGreaterThanOrEqual(0);
  const body = css.slice(at + selector.length + 2, css.indexOf("}", at));
  return new Map([...body.matchAll(/(--[a-z-]+):\s*([^;]+);/g)].map(([, k, v]) => [k!, v!.trim().toLowerCase()]));
}

const LIGHT = ':root,\n[data-theme="light"],\n[data-theme="auto"]';
const DARK = '[data-theme="dark"]';
const SYSTEM_DARK = '  :root:not([data-theme="light"]),\n  [data-theme="auto"]';
const tones = Object.entries(PALETTE);

describe("the palette and the page's stylesheet", () => {
  it("declares every tone's light value for the light theme", () => {
    const d = declarations(LIGHT);
    for (const [name, t] of tones) expect(d.get(t.css), name).toBe(t.light);
  });

  it("declares every tone's dark value both for a chosen dark theme and for a system that prefers dark", () => {
    for (const selector of [DARK, SYSTEM_DARK]) {
      const d = declarations(selector);
      for (const [name, t] of tones) expect(d.get(t.css), `${selector} ${name}`).toBe(t.dark);
    }
  });

  it("uses no colour variable the palette does not declare", () => {
    const declared = new Set<string>(tones.map(([, t]) => t.css));
    const files = [
      "app/globals.css",
      "views/map/components/map.css",
      "views/map/components/map-panels.css",
      "components/chart/chart-events.css",
      "views/aid/components/aid.css",
    ];
    for (const file of files) {
      const used = [...readFileSync(file, "utf8").matchAll(/var\((--[a-z-]+)/g)].map((m) => m[1]!);
      const unknown = used.filter(
        (v) =>
          !declared.has(v) &&
          !["--font", "--font-sans", "--font-sans-italic", "--radius", "--k", "--chart-scale"].includes(v),
      );
      expect(unknown, file).toEqual([]);
    }
  });
});

describe("painting", () => {
  it("paints a palette colour as its custom property on the page and as a literal in a file", () => {
    expect(paintFor(THEME.color.japanToCambodia, "page")).toBe("var(--c-jp-to-kh)");
    expect(paintFor(THEME.color.japanToCambodia, "light")).toBe(PALETTE.japanToCambodia.light);
    expect(paintFor(THEME.color.japanToCambodia, "dark")).toBe(PALETTE.japanToCambodia.dark);
    // The balance line shares the text colour, and follows it in both themes.
    expect(paintFor(THEME.color.balance, "page")).toBe("var(--text)");
    expect(paintFor("none", "dark")).toBe("none");
    expect(paintFor("url(#p-estimate)", "page")).toBe("url(#p-estimate)");
  });

  it("repaints a light SVG's paint attributes for a dark file and leaves other attributes alone", () => {
    const svg = `<svg><rect fill="#ffffff"/><path stroke="#1f77b4" data-x="#1f77b4"/><text fill="#123456">#1d2330</text></svg>`;
    expect(repaintSvg(svg, "dark")).toBe(
      `<svg><rect fill="${PALETTE.background.dark}"/><path stroke="${PALETTE.japanToCambodia.dark}" data-x="#1f77b4"/><text fill="#123456">#1d2330</text></svg>`,
    );
    expect(repaintSvg(svg, "light")).toBe(svg);
  });
});

describe("the dark design", () => {
  const bg = PALETTE.background.dark;
  it("every series and map line colour has at least 3:1 contrast against the dark background", () => {
    const low = CHART_COLORS.flatMap((c) => c.series)
      .filter((s) => s.cue !== "area")
      .map((s) => paintFor(s.hex, "dark"))
      .filter((hex) => contrastRatio(hex, bg) < 3);
    expect(low).toEqual([]);
  });

  it("text, muted text, links and focus rings reach WCAG AA against the background and the panels", () => {
    for (const surface of [PALETTE.background.dark, PALETTE.panel.dark]) {
      for (const t of [PALETTE.text, PALETTE.muted, PALETTE.accent, PALETTE.accentStrong])
        expect(contrastRatio(t.dark, surface), `${t.css} on ${surface}`).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(PALETTE.focus.dark, surface)).toBeGreaterThanOrEqual(3);
    }
    expect(contrastRatio(PALETTE.onAccent.dark, PALETTE.accent.dark)).toBeGreaterThanOrEqual(4.5);
    for (const t of [PALETTE.text, PALETTE.muted])
      for (const surface of [PALETTE.warnBg, PALETTE.errorBg, PALETTE.eventBg, PALETTE.highlight])
        expect(contrastRatio(t.dark, surface.dark), `${t.css} on ${surface.css}`).toBeGreaterThanOrEqual(4.5);
  });

  it("map labels stay legible on the dark land and sea", () => {
    for (const land of [PALETTE.retained, PALETTE.land, PALETTE.modern, PALETTE.protectorate])
      expect(contrastRatio(PALETTE.label.dark, land.dark), land.css).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(PALETTE.waterLabel.dark, PALETTE.sea.dark)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(PALETTE.ceded.dark, PALETTE.retained.dark)).toBeGreaterThanOrEqual(1.8);
  });

  for (const chart of CHART_COLORS) {
    it(`the ${chart.chart} chart's series stay apart in dark under colour-vision simulation`, () => {
      const dark = { ...chart, series: chart.series.map((s) => ({ ...s, hex: paintFor(s.hex, "dark") })) };
      expect(confusablePairs(dark)).toEqual([]);
    });
  }
});
