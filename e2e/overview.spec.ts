import { expect, test } from "./support/test";
import { japanOdaByYear, millions2 } from "./support/aid";
import { readCsv } from "./support/data";

test.describe("overview", () => {
  test.use({ javaScriptEnabled: false });

  test("shows the headline figures, each with its year and source", async ({ page }) => {
    await page.goto("/");
    // The trade figures' values are checked in overview-trade.spec.ts.
    await expect(page.getByTestId("trade-headline")).toContainText("Source: IMF, Direction of Trade Statistics");
    for (const id of ["headline-aid-latest", "headline-aid-sum"]) {
      await expect(page.getByTestId(id)).toContainText("Source: World Bank WDI");
      await expect(page.getByTestId(id)).toContainText(/(19|20)\d\d/);
    }
    // The area ceded in 1941 comes from the map view's computation; its values are tested with the map.
    const ceded = page.getByTestId("headline-ceded-area");
    await expect(ceded).toContainText(/≈[\d,]+ km²/);
    await expect(ceded).toContainText("derived");
    await expect(ceded).toContainText("Source:");
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
