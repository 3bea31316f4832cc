import { expect, test, type Page } from "./support/test";
import { yearPoint as slotPoint } from "./support/chart-slots";

const yearPoint = (page: Page, year: number) => slotPoint(page, year, { size: "wide", height: 0.5 });

/** Holds back the region chart's rows until `release` is called: until then the static figure is the chart. */
async function holdRegionRows(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/api/region?**", async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test.describe("the static figure's first tip", () => {
  test("/region: a pointer over the lines shows the nearest year's value of every line, and follows the pointer", async ({
    page,
  }) => {
    await holdRegionRows(page);
    await page.goto("/region?measure=exports&from=2005&to=2007");
    const at2006 = await yearPoint(page, 2006);
    await page.mouse.move(at2006.x, at2006.y);
    const tip = page.locator(".chart-intent [data-static-tip]");
    await expect(tip).toContainText("2006: Cambodia: USD 81.846 million");
    await expect(tip).toContainText("2006: Vietnam: USD 4,139.603 million");
    await expect(tip.locator("p")).toHaveCount(5);
    const at2007 = await yearPoint(page, 2007);
    await page.mouse.move(at2007.x, at2007.y);
    await expect(tip).toContainText("2007: Cambodia: USD 111.495 million");
    await expect(tip).not.toContainText("2006");
    await page.mouse.move(0, 0);
    await expect(tip).toHaveCount(0);
  });

  test("/region: the static tip gives way to the interactive chart, whose tooltip opens at the same year", async ({
    page,
  }) => {
    const release = await holdRegionRows(page);
    await page.goto("/region?measure=exports&from=2005&to=2007");
    const at2006 = await yearPoint(page, 2006);
    await page.mouse.move(at2006.x, at2006.y);
    await expect(page.locator("[data-static-tip]")).toContainText("2006: Cambodia");
    release();
    await expect(page.locator("svg.recharts-surface").first()).toBeVisible();
    await expect(page.locator("[data-static-tip]")).toHaveCount(0);
    await expect(page.locator(".chart-intent .chart-tooltip")).toContainText("2006");
  });
});
