import { expect, test } from "./support/test";
import { int, pick, rng } from "./support/random";
import { showInteractiveChart } from "./support/chart";

/** Random but well-formed view states: each must render a chart with figures and no console errors. */
test.describe("random valid URL states", () => {
  test("trade: 12 random states render without NaN, undefined, empty charts or console errors", async ({ page }) => {
    test.setTimeout(120_000);
    const errors: string[] = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(e.message));
    const r = rng(20261129);
    for (let i = 0; i < 12; i++) {
      const reporter = pick(r, ["japan", "cambodia", "both"] as const);
      const from = int(r, 1960, 2019);
      const to = int(r, from, 2020);
      const url = `/trade?reporter=${reporter}&from=${from}&to=${to}`;
      await page.goto(url);
      await showInteractiveChart(page);
      await expect(page.locator("svg.recharts-surface").first(), url).toBeVisible();
      const text = await page.locator("main").innerText();
      expect(text, url).not.toMatch(/\bNaN\b|\bundefined\b/);
      await expect(page.getByTestId("param-notice"), url).toHaveCount(0);
      const rows = await page.getByTestId("trade-table").locator("tbody tr").count();
      const bars = await page.locator(".recharts-bar-rectangle").count();
      // A range can fall in a gap of the data; then the page must say so rather than show an empty chart silently.
      if (rows === 0) await expect(page.getByTestId("trade-summary"), url).toContainText("No year");
      else expect(bars, url).toBeGreaterThan(0);
    }
    expect(errors).toEqual([]);
  });
});
