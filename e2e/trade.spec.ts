import { expect, test, type Page } from "./support/test";
import { tradeYears } from "./support/data";
import { showInteractiveChart } from "./support/chart";

const JP = "imf_dots_japan_reported";
const KH = "imf_dots_cambodia_reported";
const lastYear = (series: string) =>
  Math.max(
    ...tradeYears(series, "japan_to_cambodia", 1900, 2100),
    ...tradeYears(series, "cambodia_to_japan", 1900, 2100),
  );

async function interactiveChart(page: Page) {
  await showInteractiveChart(page);
  return page.locator("figure[data-interactive=true]");
}
const barCount = (page: Page, nth: number) => page.locator(".recharts-bar").nth(nth).locator(".recharts-bar-rectangle");

test.describe("trade view", () => {
  test("shows one bar per published year for each flow in the default range", async ({ page }) => {
    await page.goto("/trade");
    await expect(page.getByRole("heading", { level: 1, name: /trade since 1960/ })).toBeVisible();
    await interactiveChart(page);
    const first = Math.min(...tradeYears(JP, "japan_to_cambodia", 1900, 2100));
    const exports = tradeYears(JP, "japan_to_cambodia", first, 2100);
    const imports = tradeYears(JP, "cambodia_to_japan", first, 2100);
    await expect(barCount(page, 0)).toHaveCount(exports.length);
    await expect(barCount(page, 1)).toHaveCount(imports.length);
    // Gaps are gaps: the table lists only years with a published figure.
    await expect(page.getByTestId("trade-table").locator("tbody tr")).toHaveCount(
      new Set([...exports, ...imports]).size,
    );
    await expect(page.getByTestId("trade-summary")).toContainText(`In ${lastYear(JP)}`);
  });

  test("changing the range by keyboard changes the bars and the URL", async ({ page }) => {
    await page.goto("/trade?from=1990");
    await interactiveChart(page);
    await expect(barCount(page, 0)).toHaveCount(tradeYears(JP, "japan_to_cambodia", 1990, 2100).length);
    const from = page.getByLabel("From year");
    await from.focus();
    // Move the start year forward to 1994 with the keyboard only.
    for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowDown");
    await expect(page).toHaveURL(/[?&]from=1994\b/);
    await expect(barCount(page, 0)).toHaveCount(tradeYears(JP, "japan_to_cambodia", 1994, 2100).length);
    await expect(barCount(page, 1)).toHaveCount(tradeYears(JP, "cambodia_to_japan", 1994, 2100).length);
    // The server-rendered table follows the new range as well.
    await expect(page.getByTestId("trade-table").locator("tbody tr").first().locator("th")).toHaveText("1994");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });

  test("the reporter switch changes the series and the sources panel", async ({ page }) => {
    await page.goto("/trade");
    await interactiveChart(page);
    await expect(page.getByTestId("sources-panel")).toContainText("IMF DOTS, reported by Japan");
    await page.getByRole("radio", { name: "Cambodia-reported" }).check();
    await expect(page).toHaveURL(/reporter=cambodia/);
    await expect(page.locator(".legend").first()).toContainText("Cambodia's imports from Japan (CIF)");
    await expect(page.getByTestId("sources-panel")).toContainText("IMF DOTS, reported by Cambodia");
    await expect(page.getByTestId("sources-panel")).not.toContainText("IMF DOTS, reported by Japan");
    await expect(barCount(page, 0)).toHaveCount(tradeYears(KH, "japan_to_cambodia", 1900, 2100).length);
    // Estimates are marked in the table.
    await expect(page.getByTestId("trade-table")).toContainText(" e");
  });

  test("a shared mirror-view URL restores the view", async ({ page }) => {
    await page.goto("/trade?reporter=both&from=1994&to=2020");
    await expect(page.getByRole("radio", { name: /Both reporters/ })).toBeChecked();
    await expect(page.getByLabel("From year")).toHaveValue("1994");
    await expect(page.getByLabel("To year")).toHaveValue("2020");
    await interactiveChart(page);
    await expect(page.locator("svg.recharts-surface")).toHaveCount(2);
    await expect(
      page.getByRole("heading", { name: /Japan → Cambodia: the same flow as each side records it/ }),
    ).toBeVisible();
    await expect(page.getByTestId("trade-table").locator("thead")).toContainText("Gap (derived)");
    await expect(page.getByTestId("trade-table").locator("tbody tr")).toHaveCount(27);
  });

  test("the tooltip gives both values, the balance, unit and sources, by keyboard", async ({ page }) => {
    await page.goto("/trade?from=2005&to=2007");
    await interactiveChart(page);
    await page.locator("svg.recharts-surface").first().focus();
    await page.keyboard.press("ArrowRight");
    const tip = page.locator(".chart-tooltip");
    await expect(tip).toContainText("2006");
    await expect(tip).toContainText("81.846 USD million");
    await expect(tip).toContainText("119.178 USD million");
    await expect(tip).toContainText("−37.332 USD million");
    await expect(tip).toContainText("Source: IMF DOTS, reported by Japan");
    await expect(tip).toContainText("Derived");
  });

  test("press figures after the IMF series are separate points with their own source", async ({ page }) => {
    await page.goto("/trade?reporter=cambodia&from=2018");
    await interactiveChart(page);
    await expect(page.locator(".press-point").first()).toBeVisible();
    await expect(page.getByTestId("press-table")).toContainText("Cambodian customs (GDCE), press report");
  });

  test("bad URL parameters show a message and the default view", async ({ page }) => {
    await page.goto("/trade?reporter=thailand&from=abc&to=3000");
    const notice = page.getByTestId("param-notice");
    await expect(notice).toContainText("Unknown reporter “thailand”");
    await expect(notice).toContainText("“from” must be a four-digit year");
    await expect(notice).toContainText("“to” = 3000 is outside the data");
    await interactiveChart(page);
    await expect(barCount(page, 0)).not.toHaveCount(0);
    await expect(page.getByRole("radio", { name: "Japan-reported" })).toBeChecked();
  });

  test("the 2006 note shows the article's figures beside IMF's", async ({ page }) => {
    await page.goto("/trade");
    const note = page.getByTestId("note-2006");
    await expect(note).toContainText("14.0 billion yen");
    await expect(note).toContainText("9.5 billion yen");
    await expect(note).toContainText("USD 81.846 million");
    await expect(note).toContainText("USD 119.178 million");
    await expect(note.getByRole("link", { name: /English Wikipedia/ })).toHaveAttribute("href", /wikipedia\.org/);
    await expect(page.getByTestId("note-early-1990s")).toContainText("228.821");
  });
});

test.describe("trade view without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("renders heading, summary, chart, table and sources, and the form applies a range", async ({ page }) => {
    await page.goto("/trade");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("trade since 1960");
    await expect(page.getByTestId("trade-summary")).toContainText("In 2020");
    const staticBars = page.locator("svg.chart-static--wide g[data-series=japanToCambodia]");
    await expect(staticBars).toHaveCount(tradeYears(JP, "japan_to_cambodia", 1900, 2100).length);
    await expect(page.getByTestId("trade-table")).toBeVisible();
    await expect(page.getByTestId("sources-panel")).toBeVisible();
    await page.getByLabel("From year").selectOption("2000");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/from=2000/);
    await expect(staticBars).toHaveCount(tradeYears(JP, "japan_to_cambodia", 2000, 2100).length);
  });
});

test.describe("trade API", () => {
  test("returns 400 naming the parameter for bad input", async ({ request }) => {
    for (const [qs, param] of [
      ["reporter=xx", "reporter"],
      ["from=12", "from"],
      ["to=2999", "to"],
      ["format=xml", "format"],
      ["foo=1", "foo"],
    ]) {
      const res = await request.get(`/api/trade?${qs}`);
      expect(res.status(), qs).toBe(400);
      const body = (await res.json()) as { error: string; parameter: string };
      expect(body.parameter).toBe(param);
      expect(body.error.length).toBeGreaterThan(10);
    }
  });

  test("CSV has one line per row of the view, with sources", async ({ request }) => {
    const res = await request.get("/api/trade?reporter=both&from=1994&to=2020&format=csv");
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toContain("text/csv");
    expect(res.headers()["content-disposition"]).toContain("filename=");
    const lines = (await res.text()).trim().split("\n");
    const expected = [JP, KH].flatMap((s) => [
      ...tradeYears(s, "japan_to_cambodia", 1994, 2020),
      ...tradeYears(s, "cambodia_to_japan", 1994, 2020),
    ]).length;
    expect(lines).toHaveLength(expected + 1);
    expect(lines[0]).toContain("source_title");
    const json = (await (await request.get("/api/trade?reporter=both&from=1994&to=2020")).json()) as { count: number };
    expect(json.count).toBe(expected);
  });

  test("responses are cacheable", async ({ request }) => {
    const res = await request.get("/api/trade");
    const etag = res.headers()["etag"];
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(res.headers()["cache-control"]).toContain("max-age");
    const again = await request.get("/api/trade", { headers: { "If-None-Match": etag! } });
    expect(again.status()).toBe(304);
  });
});
