import { expect, test, type Page } from "./support/test";

/** Presses Tab (or Shift+Tab) until the focused element matches, like a keyboard user would; fails after `max` presses. */
async function tabTo(page: Page, matches: string, { back = false, max = 80 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, matches)) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  throw new Error(`Could not reach ${matches} with ${back ? "Shift+" : ""}Tab in ${max} presses`);
}

test("a keyboard-only journey: overview → trade range and tooltip → map province → PNG export", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto("/");
  // Overview → Trade, through the main navigation.
  await tabTo(page, "nav[aria-label=Main] a[href='/trade']");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/trade$/);
  await expect(page.locator("svg.chart-static--wide").first()).toBeVisible();

  // Change the range: the "From year" select, moved with the arrow keys.
  await tabTo(page, "select[name=from]");
  const before = await page.getByTestId("trade-table").locator("tbody tr").count();
  for (let i = 0; i < 30; i++) await page.keyboard.press("ArrowDown");
  await expect(page).toHaveURL(/from=1990/);
  await expect(page.getByTestId("trade-table").locator("tbody tr")).not.toHaveCount(before);

  // Read a value: the chart is one Tab stop; down to the first series' first decade and year, then the next year.
  await tabTo(page, ".chart-access__region");
  for (const key of ["ArrowDown", "ArrowDown", "ArrowDown", "ArrowRight"]) await page.keyboard.press(key);
  await expect(page.locator("[data-chart-readout]")).toContainText("1991");
  await expect(page.locator("[data-chart-readout]")).toContainText("USD");

  // Open the map from the navigation, going back up the page.
  await tabTo(page, "nav[aria-label=Main] a[href='/map']", { back: true });
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/map$/);

  // Select Battambang from the province list with the arrow keys.
  await tabTo(page, "[data-province-list] a[data-province-link]");
  for (let i = 0; i < 30; i++) {
    if ((await page.evaluate(() => document.activeElement?.getAttribute("data-province-link"))) === "battambang") break;
    await page.keyboard.press("ArrowDown");
  }
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/province=battambang/);
  await expect(
    page.locator(".map-explorer [aria-live='polite']:not([data-map-zoom-status]):not([data-share-status])"),
  ).toContainText("Selected Battambang");

  // Export the map as PNG.
  await tabTo(page, "button.export-menu__button[data-format=png]");
  const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  expect(download.suggestedFilename()).toMatch(/^cambodia-1941-map-.*\.png$/);
});
