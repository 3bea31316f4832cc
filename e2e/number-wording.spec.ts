import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { readCsv } from "./support/data";

// Each figure's wording as the page prints it on the server (the static charts' titles are the
// SVG <title>s a reader's hover shows); expectations come from data/, not from the app's code.
test.use({ javaScriptEnabled: false });

const meta = (page: Page, attr: string, name: string) =>
  page.locator(`meta[${attr}="${name}"]`).getAttribute("content");
const svgTitles = async (page: Page) => page.locator("svg title").allTextContents();

test.describe("numbers that say exactly what they are", () => {
  test("1: the share view states the range its shares cover (to the world totals' last year)", async ({ page }) => {
    const world = readCsv("trade_totals_world.csv").map((r) => Number(r.year));
    const last = Math.max(...world);
    await page.goto("/trade?measure=share&reporter=both");
    const lede = page.locator("p.lede");
    await expect(lede).toContainText(`1960–${last}`);
    await expect(lede).not.toContainText("2025");
    await expect(lede).not.toContainText("in millions of US dollars");
    expect(await meta(page, "name", "description")).toContain(`1960–${last}`);
    expect(await meta(page, "property", "og:title")).toContain(`1960–${last}`);
    await page.goto("/embed/trade?measure=share&reporter=both");
    await expect(page.locator("h1, h2").first()).toContainText(`1960–${last}`);
  });

  test("2: no share cell or chart label reads 0.00 % for a flow that is not zero", async ({ page }) => {
    await page.goto("/trade?measure=share&reporter=both");
    const cells = await page.getByTestId("share-table").locator("td").allTextContents();
    expect(cells.length).toBeGreaterThan(100);
    expect(cells.filter((c) => c.trim() === "0.00 %")).toEqual([]);
    expect((await svgTitles(page)).filter((t) => t.endsWith(": 0.00 %"))).toEqual([]);
    // Japan's imports from Cambodia in 1980: USD 0.7 million of Japan's imports, shown with its digits.
    const row = page
      .getByTestId("share-table")
      .locator("tbody tr")
      .filter({ has: page.locator('th:text-is("1980")') });
    await expect(row.locator('[data-share="japanImports"]')).toHaveText(/^0\.00\d+ %$/);
  });

  test("3: the index view's descriptions carry no currency and its range ends with its series", async ({ page }) => {
    await page.goto("/trade?scale=index");
    for (const d of [await meta(page, "name", "description"), await meta(page, "property", "og:description")]) {
      expect(d).not.toContain("USD");
      expect(d).toContain("index");
      expect(d).toContain("1960–2020");
    }
    await expect(page.locator("p.lede")).toContainText("1960–2020");
    // The unit is said once: "…(index, 1960 = 100, derived): 3,092.9" or "…: 3,092.9 (index, 1960 = 100)", not both.
    const titles = (await svgTitles(page)).filter((t) => t.includes("= 100"));
    expect(titles.length).toBeGreaterThan(10);
    expect(titles.filter((t) => (t.match(/= 100/g) ?? []).length > 1)).toEqual([]);
  });

  test("4: a share of the five names its partner count where fewer than five report", async ({ page }) => {
    await page.goto("/region?measure=imports");
    const share1971 = page.locator('#region-table tr[data-year="1971"] [data-col="share"]');
    await expect(share1971).toContainText("of 4 reported");
    await expect(page.locator('#region-table tr[data-year="1980"] [data-col="share"]')).not.toContainText("reported");
    const summary = page.getByTestId("region-summary");
    await expect(summary).toContainText(/in 1972 \(the first year[^)]*all five/);
    await page.goto("/region?measure=exports");
    await expect(page.getByTestId("region-summary")).toContainText(/in 1960 \(the first year[^)]*all five/);
  });

  test("5: Japan's share of the DAC total is never printed outside 0–100 % without its reason", async ({ page }) => {
    await page.goto("/region?measure=aid");
    const table = page.locator("#region-dac-shares");
    const cells = await table.locator("td").allTextContents();
    const pcts = cells.flatMap((c) => [...c.matchAll(/(−?[\d,.]+) %/g)].map((m) => Number(m[1]!.replace("−", "-"))));
    expect(pcts.length).toBeGreaterThan(200);
    expect(pcts.filter((p) => p < 0 || p > 100)).toEqual([]);
    const th2015 = await table
      .locator("tr", { has: page.locator('th:text-is("2015")') })
      .locator("td")
      .allTextContents();
    expect(th2015.some((c) => /Japan's net figure (was )?negative/.test(c))).toBe(true);
    await expect(table.locator("caption")).toContainText("negative");
  });

  test("6: the region notes say what each rule limits, and the aid sum its years", async ({ page }) => {
    await page.goto("/region?measure=aid");
    const sources = page.locator("#sources");
    await expect(sources).not.toContainText("its share of their sum (only where every figure that year is positive)");
    await expect(sources).toContainText("ranks every year with a figure for Cambodia");
    await expect(sources).toContainText("trade values as the IMF prints them");
    const aid = readCsv("aid_japan_mainland_sea.csv").filter((r) => r.category === "net_bilateral_oda");
    const years = (iso: string) => aid.filter((r) => r.recipient_iso3 === iso).length;
    await expect(page.getByTestId("region-summary")).toContainText(
      `over ${years("KHM")} years with a figure against ${years("LAO")} for the others`,
    );
  });

  test("7: the 1978 aid share, on a tiny DAC total, carries its caveat in the chart and the table", async ({
    page,
  }) => {
    await page.goto("/aid");
    const cell = page.locator('#aid-table tr[data-year="1978"] td').nth(2);
    await expect(cell).toContainText("68.2 %");
    await expect(cell).toContainText("total under USD 1 million");
    const t1978 = (await svgTitles(page)).filter((t) => t.startsWith("1978:") && t.includes("68.2 %"));
    expect(t1978.length).toBeGreaterThan(0);
    for (const t of t1978) expect(t).toContain("total under USD 1 million");
    await expect(page.locator('#aid-table tr[data-year="2000"] td').nth(2)).not.toContainText("under USD 1 million");
  });

  test("8: press figures put units after numbers and explain oku", async ({ page }) => {
    await page.goto("/trade");
    const pair = page.getByTestId("pair-total-2020");
    await expect(pair).toContainText("2,099 USD million");
    await expect(pair).not.toContainText("USD million 2,099");
    await expect(pair).toContainText("oku (億, 100 million)");
    await page.goto("/aid");
    await expect(page.locator("body")).not.toContainText("×100 million yen (oku yen)");
    await expect(page.locator("body")).toContainText("133.09 oku yen (億円, 100 million yen)");
  });

  test("9: the map's legend has plain glosses and no nested brackets; Battambang's note agrees with its share", async ({
    page,
  }) => {
    await page.goto("/map");
    const legend = page.getByRole("list", { name: "Map legend" });
    const text = (await legend.textContent()) ?? "";
    expect(text).not.toMatch(/\([^()]*\(/);
    expect(text).toContain("the grade, 1/400 of a circle, used on French maps");
    await page.goto("/map?province=battambang");
    const details = page.locator("#province-details");
    const share = await details.locator("dd", { hasText: "computed by clipping" }).textContent();
    const pct = Number(/\(([\d.]+)%\)/.exec(share ?? "")![1]);
    expect(pct).toBeLessThan(100);
    await expect(details).not.toContainText("Whole of the modern province");
    await expect(details).toContainText("All but");
  });

  test("10: sums of aid say they add current US dollars of different years", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByTestId("headline-aid-sum")).toContainText("current US dollars");
    await page.goto("/aid");
    await expect(page.locator("#cumulative ~ *").first()).toContainText("current US dollars of different years");
    await page.goto("/region?measure=aid");
    await expect(page.locator("#region-aid-sums caption")).toContainText("current US dollars of different years");
  });

  test("11: the 2021 JETRO figures appear on /trade and the overview as press figures, with their source", async ({
    page,
  }) => {
    const jetro = readCsv("trade_japan_cambodia.csv").filter(
      (r) => r.year === "2021" && r.series === "japan_jetro_usd_press",
    );
    expect(jetro.map((r) => r.value).sort()).toEqual(["1752.98", "2333.07", "580.084"]);
    await page.goto("/trade");
    const titles = (await svgTitles(page)).filter((t) => t.startsWith("2021:") && t.includes("press report"));
    expect(titles.some((t) => t.includes("1,752.98"))).toBe(true);
    expect(titles.some((t) => t.includes("580.084"))).toBe(true);
    await expect(page.locator("#sources, .trade-sources").first()).toContainText(
      "Cambodia-Japan trade clocks $2.33B: JETRO",
    );
    await page.goto("/");
    const press = page.getByTestId("trade-headline-press");
    await expect(press).toContainText("2021");
    await expect(press).toContainText("USD 1,752.98 m");
    await expect(press).toContainText("USD 580.084 m");
    await expect(press).toContainText("USD 2,333.07 m");
    await expect(press).toContainText("press");
    await expect(press.getByRole("link", { name: /Cambodia-Japan trade clocks/ })).toHaveCount(1);
  });
});
