import { expect, test, type Page } from "./support/test";
import { yearPoint } from "./support/chart-slots";

/** Where each view's figure is: the chart's box, or the map's. */
const FIGURES: [string, string][] = [
  ["/trade", ".chart-box"],
  ["/aid", ".chart-box"],
  ["/region", ".chart-box"],
  ["/map", ".map-box"],
];

const yearX = (page: Page, year: number) => yearPoint(page, year, { size: "narrow", height: 0.7 });

for (const [path, figure] of FIGURES) {
  test(`${path}: the figure starts in the first half of the screen, under the title and the settings' summary`, async ({
    page,
  }) => {
    await page.goto(path);
    const top = (await page.locator(figure).first().boundingBox())?.y ?? Infinity;
    expect(top).toBeLessThan(844 / 2);
    const summary = page.locator("[data-settings-panel] > summary");
    await expect(summary).toBeVisible();
    expect((await summary.boundingBox())!.y).toBeLessThan(top);
    // The settings are closed until asked for; the tools come after the figure.
    await expect(page.locator("[data-settings-panel]")).not.toHaveAttribute("open");
    const tools = page.getByRole("button", { name: /Play as sound|Download PNG/ }).first();
    expect((await tools.boundingBox())!.y).toBeGreaterThan(top);
  });
}

test("the settings panel opens with a tap and its settings apply", async ({ page }) => {
  await page.goto("/trade");
  await expect(page.getByRole("radio", { name: "Cambodia-reported" })).toBeHidden();
  await page.locator("[data-settings-panel] > summary").tap();
  await page.getByRole("radio", { name: "Cambodia-reported" }).tap();
  await expect(page).toHaveURL(/reporter=cambodia/);
  await expect(page.locator("[data-settings-summary]")).toContainText("Cambodia-reported");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the settings panel opens and its form submits", async ({ page }) => {
    await page.goto("/aid");
    await page.locator("[data-settings-panel] > summary").tap();
    await page.getByLabel("From year").selectOption("2000");
    await page.getByRole("button", { name: "Apply" }).tap();
    await expect(page).toHaveURL(/from=2000/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("2000–2023");
  });
});

test("a first tap on the chart shows the tapped year's values", async ({ page }) => {
  await page.goto("/trade?from=2005&to=2007");
  const { x, y } = await yearX(page, 2006);
  await page.touchscreen.tap(x, y);
  const tip = page.locator(".chart-intent .chart-tooltip").first();
  await expect(tip).toContainText("2006");
  await expect(tip).toContainText("81.846");
  // The tooltip leaves most of the chart in view.
  const chart = (await page.locator(".chart-box").first().boundingBox())!;
  const box = (await tip.boundingBox())!;
  expect(box.width * box.height).toBeLessThan((chart.width * chart.height) / 3);
});

test("a first tap on a line chart shows the tapped year's values for every line", async ({ page }) => {
  // The interactive chart needs the view's rows: held back, the static figure keeps answering.
  await page.route("**/api/region?**", () => {});
  await page.goto("/region?measure=exports&from=2005&to=2007");
  const { x, y } = await yearX(page, 2006);
  await page.touchscreen.tap(x, y);
  const tip = page.locator(".chart-intent [data-static-tip]");
  await expect(tip).toContainText("2006: Cambodia: USD 81.846 million");
  await expect(tip).toContainText("2006: Laos: USD 20.504 million");
  await expect(tip).toContainText("2006: Thailand: USD 22,906.538 million");
  await expect(tip).not.toContainText("2005");
});

test("the year slider's thumbs are 44 px targets on a track that picks single years", async ({ page }) => {
  await page.goto("/trade");
  await page.locator("[data-settings-panel] > summary").tap();
  const start = page.getByRole("slider", { name: "Range start" });
  const thumb = (await start.boundingBox())!;
  expect(thumb.width).toBeGreaterThanOrEqual(44);
  expect(thumb.height).toBeGreaterThanOrEqual(44);
  const track = (await page.locator(".year-range__track").boundingBox())!;
  const min = Number(await start.getAttribute("aria-valuemin"));
  const max = Number(await page.getByRole("slider", { name: "Range end" }).getAttribute("aria-valuemax"));
  const at = (year: number) => track.x + ((year - min) / (max - min)) * track.width;
  // A drag to 1994 lands on 1994.
  await page.mouse.move(thumb.x + thumb.width / 2, thumb.y + thumb.height / 2);
  await page.mouse.down();
  await page.mouse.move(at(1994), thumb.y + thumb.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect(page).toHaveURL(/from=1994/);
});
