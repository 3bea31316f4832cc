import { expect, type Page, test } from "./support/test";
import { showInteractiveChart } from "./support/chart";
import { button, download } from "./support/export";
import { waitForHydration } from "./support/hydration";

/** Relative luminance and contrast, WCAG 2.x, of computed CSS colours ("rgb(r, g, b)"). */
function luminance(rgb: string): number {
  const [r = 0, g = 0, b = 0] = (rgb.match(/[\d.]+/g) ?? []).map(Number).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

/** The page's background is the root element's (the body is transparent over it). */
const pageBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

/** Every distinct paint of the series marks in the page's chart SVGs (static and interactive). */
const seriesPaints = (page: Page) =>
  page.evaluate(() => {
    const out = new Set<string>();
    for (const el of document.querySelectorAll<SVGElement>(
      "svg [data-series], svg .recharts-bar-rectangle path, svg .recharts-line-curve",
    )) {
      const cs = getComputedStyle(el);
      for (const v of [cs.fill, cs.stroke]) if (v.startsWith("rgb")) out.add(v);
    }
    return [...out];
  });

test.describe("dark theme", () => {
  test.use({ colorScheme: "dark" });

  for (const path of ["/trade", "/trade?reporter=both&from=1994&to=2020", "/aid", "/region"]) {
    test(`${path} follows the system's dark setting and every series colour has 3:1 against the background`, async ({
      page,
    }) => {
      await page.goto(path);
      const bg = await pageBackground(page);
      expect(luminance(bg)).toBeLessThan(0.03);
      if (path !== "/region") await showInteractiveChart(page);
      const paints = await seriesPaints(page);
      expect(paints.length).toBeGreaterThanOrEqual(2);
      const low = paints.filter((p) => contrast(p, bg) < 3).map((p) => `${p}: ${contrast(p, bg).toFixed(2)}`);
      expect(low).toEqual([]);
    });
  }

  test("the map's land, water and labels are drawn for the dark theme, not inverted", async ({ page }) => {
    await page.goto("/map");
    const colours = await page.evaluate(() => {
      const fill = (sel: string) => getComputedStyle(document.querySelector(sel)!).fill;
      return {
        sea: fill(".map-sea"),
        ceded: fill(".prov--ceded"),
        retained: fill(".prov--retained"),
        label: fill(".map-label--thai"),
        halo: getComputedStyle(document.querySelector(".map-label--thai")!).stroke,
      };
    });
    expect(luminance(colours.sea)).toBeLessThan(0.05);
    expect(luminance(colours.retained)).toBeLessThan(0.06);
    // Labels are read against their halo, drawn in the page background around every letter.
    expect(luminance(colours.halo)).toBeLessThan(0.03);
    expect(contrast(colours.label, colours.halo)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colours.ceded, colours.retained)).toBeGreaterThan(1.8);
  });

  test("an exported image is light unless the reader picks dark in the export menu", async ({ page }) => {
    await page.goto("/aid");
    const light = await download(page, button(page, "SVG"));
    expect(light.name).not.toContain("dark");
    expect(light.bytes.toString("utf8")).toMatch(/<rect width="\d+" height="\d+" fill="#ffffff"\/>/);
    await page.getByLabel("Image theme").selectOption("dark");
    const dark = await download(page, button(page, "SVG"));
    expect(dark.name).toMatch(/-dark\.svg$/);
    const svg = dark.bytes.toString("utf8");
    expect(svg).toMatch(/<rect width="\d+" height="\d+" fill="#121722"\/>/);
    expect(svg).not.toContain('fill="#1f77b4"');
    expect(svg).toContain("#4fa3e6");
  });
});

test.describe("theme toggle", () => {
  test.use({ colorScheme: "light" });

  test("the header toggle switches to dark, and a reload paints dark before any script file runs", async ({ page }) => {
    await page.goto("/trade");
    const toggle = page.getByRole("button", { name: "Dark theme" });
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    expect(luminance(await pageBackground(page))).toBeGreaterThan(0.9);
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    expect(luminance(await pageBackground(page))).toBeLessThan(0.03);
    // The static chart recolours with the page: its bars are painted with the palette's custom properties.
    const bar = page.locator(".chart-box svg rect[data-series]").first();
    expect(await bar.evaluate((el) => getComputedStyle(el).fill)).toBe("rgb(79, 163, 230)");

    // No script file may run on the reload: only the inline head script can have set the theme.
    await page.route("**/_next/static/**/*.js", (route) => route.abort());
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.getAttribute("data-theme"))).toBe("dark");
    expect(luminance(await pageBackground(page))).toBeLessThan(0.03);
    await page.unroute("**/_next/static/**/*.js");

    await page.reload();
    await waitForHydration(page.getByRole("button", { name: "Dark theme" }));
    await page.getByRole("button", { name: "Dark theme" }).click();
    await expect(page.getByRole("button", { name: "Dark theme" })).toHaveAttribute("aria-pressed", "false");
    expect(luminance(await pageBackground(page))).toBeGreaterThan(0.9);
  });

  test("a stored light choice wins over a dark system setting", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/");
    expect(luminance(await pageBackground(page))).toBeLessThan(0.03);
    await page.getByRole("button", { name: "Dark theme" }).click();
    await page.reload();
    expect(luminance(await pageBackground(page))).toBeGreaterThan(0.9);
    await expect(page.getByRole("button", { name: "Dark theme" })).toHaveAttribute("aria-pressed", "false");
  });
});
