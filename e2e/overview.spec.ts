import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { japanOdaByYear, millions2, readCsv } from "./data-helpers";

const usd3 = (v: number) => new Intl.NumberFormat("en-US", { maximumFractionDigits: 3 }).format(v);

test.describe("overview", () => {
  test.use({ javaScriptEnabled: false });

  test("shows the latest trade figures, computed from the data, with sources", async ({ page }) => {
    const dots = readCsv("trade_japan_cambodia.csv").filter((r) => r.series === "imf_dots_japan_reported");
    const both = [...new Set(dots.map((r) => Number(r.year)))]
      .filter((y) => dots.some((r) => Number(r.year) === y && r.flow === "japan_to_cambodia") && dots.some((r) => Number(r.year) === y && r.flow === "cambodia_to_japan"))
      .sort((a, b) => b - a);
    const latest = both[0]!;
    const value = (flow: string) => Number(dots.find((r) => Number(r.year) === latest && r.flow === flow)!.value);
    await page.goto("/");
    const j2c = page.getByTestId("headline-trade-j2c");
    await expect(j2c).toContainText(`Japan → Cambodia, ${latest}`);
    await expect(j2c).toContainText(`USD ${usd3(value("japan_to_cambodia"))} million`);
    await expect(page.getByTestId("headline-trade-c2j")).toContainText(`USD ${usd3(value("cambodia_to_japan"))} million`);
    const balance = Math.round((value("japan_to_cambodia") - value("cambodia_to_japan")) * 1000) / 1000;
    const bal = page.getByTestId("headline-trade-balance");
    await expect(bal).toContainText("derived");
    await expect(bal).toContainText(`USD ${usd3(Math.abs(balance))} million`);
    for (const id of ["headline-trade-j2c", "headline-trade-c2j", "headline-trade-balance", "headline-aid-latest", "headline-aid-sum"]) {
      await expect(page.getByTestId(id)).toContainText("Source");
    }
  });

  test("shows Japan's latest net ODA and the sum since 1992", async ({ page }) => {
    const oda = japanOdaByYear();
    const last = Math.max(...oda.keys());
    let sum = 0;
    for (const [y, v] of oda) if (y >= 1992) sum += v;
    await page.goto("/");
    await expect(page.getByTestId("headline-aid-latest")).toContainText(`${last}`);
    await expect(page.getByTestId("headline-aid-latest")).toContainText(`USD ${millions2(oda.get(last)!)} million`);
    await expect(page.getByTestId("headline-aid-sum")).toContainText(`1992–${last}`);
    await expect(page.getByTestId("headline-aid-sum")).toContainText(`USD ${millions2(sum)} million`);
  });

  test("every link in the claims panel resolves to an existing page and anchor", async ({ page, request }) => {
    await page.goto("/");
    const links = page.locator("#claims a[data-claim-link]");
    const hrefs = await links.evaluateAll((els) => els.map((e) => e.getAttribute("href") ?? ""));
    expect(hrefs.length).toBeGreaterThanOrEqual(5);
    for (const href of new Set(hrefs)) {
      const [pathPart, hash] = href.split("#");
      const res = await request.get(pathPart!);
      expect(res.status(), href).toBe(200);
      if (hash) {
        await page.goto(href);
        await expect(page.locator(`[id="${hash}"]`), href).toHaveCount(1);
      }
    }
  });

  test("the views are previewed and linked, and the indicator panels cite their sources", async ({ page }) => {
    await page.goto("/");
    for (const href of ["/trade", "/aid", "/timeline"]) {
      await expect(page.locator(`.overview-previews a[href="${href}"]`)).toHaveCount(1);
    }
    const indicators = readCsv("other_indicators.csv");
    const residents = indicators.filter((r) => r.indicator === "japanese_residents_in_cambodia").length;
    await expect(page.locator("#indicator-japanese-residents-in-cambodia tbody tr")).toHaveCount(residents);
    await expect(page.locator("#indicator-japanese-residents-in-cambodia .ind-mark--conflict")).not.toHaveCount(0);
  });
});

test("overview has no accessibility violations", async ({ page }) => {
  await page.goto("/");
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
});
