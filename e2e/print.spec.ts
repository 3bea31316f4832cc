import { type Page, expect, test } from "./support/test";

/** Views to print, each with its figure (the static or, once loaded, the interactive chart). */
const VIEWS = [
  { path: "/trade?reporter=both&from=1994&to=2020", figure: ".chart-figure .chart-box svg" },
  { path: "/aid?from=1975&to=2000", figure: ".chart-figure .chart-box svg" },
  { path: "/region?measure=aid", figure: ".chart-figure .chart-box svg" },
  { path: "/map?phase=before", figure: ".map-explorer svg" },
  { path: "/timeline?era=cold-war", figure: ".timeline-list" },
] as const;

/** What is on screen but never on paper; each is on every view page. */
const SCREEN_ONLY = [".skip-link", ".site-header", ".site-nav", ".site-footer", ".theme-toggle"];
/** The view's own settings and tools, on the views that have them. */
const CONTROLS = [".controls", ".map-segment", ".era-filter", ".export-menu", ".share-menu", ".chart-access__toolbar"];

/** The page's background and text colours as painted. */
const paint = (page: Page) =>
  page.evaluate(() => {
    const s = getComputedStyle(document.documentElement);
    return { bg: s.backgroundColor, text: s.color };
  });

test.describe("print", () => {
  for (const view of VIEWS) {
    test(`${view.path}: paper shows the figure, the sources and the view's URL, without navigation or controls`, async ({
      page,
    }) => {
      await page.goto(view.path);
      await page.waitForLoadState("networkidle");
      const foot = page.getByTestId("print-foot");
      await expect(foot, "the print footer is for paper only").toBeHidden();
      const controls = [];
      for (const selector of CONTROLS) if ((await page.locator(selector).count()) > 0) controls.push(selector);
      expect(controls.length, "the view has settings or tools to hide").toBeGreaterThan(0);
      for (const selector of [...SCREEN_ONLY, ...controls]) await expect(page.locator(selector).first()).toBeVisible();

      await page.emulateMedia({ media: "print" });
      for (const selector of [...SCREEN_ONLY, ...controls])
        await expect(page.locator(selector).first(), `${selector} on paper`).toBeHidden();
      await expect(page.locator("h1")).toBeVisible();
      const figure = page.locator(view.figure).filter({ visible: true }).first();
      await expect(figure).toBeVisible();
      expect((await figure.boundingBox())!.width, "the figure is drawn at a readable size").toBeGreaterThan(300);
      await expect(foot).toBeVisible();
      await expect(foot).toContainText("Sources:");
      const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
      expect(canonical).toBeTruthy();
      await expect(foot.getByRole("link")).toHaveText(canonical!);
      await expect(foot.getByRole("link")).toBeVisible();
    });
  }

  test("the keyboard help and the sound panel, once open, stay off paper", async ({ page }) => {
    await page.goto("/aid");
    await page.getByRole("button", { name: "Keyboard and sound" }).first().click();
    await page.getByRole("button", { name: "Play as sound" }).first().click();
    const panels = [page.locator(".chart-access__help").first(), page.locator(".chart-access__sound").first()];
    for (const panel of panels) await expect(panel).toBeVisible();
    await page.emulateMedia({ media: "print" });
    for (const panel of panels) await expect(panel).toBeHidden();
  });

  test("figures and tables are kept whole on a page", async ({ page }) => {
    await page.goto("/trade?reporter=both&from=1994&to=2020");
    await page.emulateMedia({ media: "print" });
    for (const selector of [".chart-figure", "table.data-table"]) {
      const style = await page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).breakInside);
      expect(style, selector).toBe("avoid");
    }
  });

  test("paper gets the light design even when the dark theme is chosen", async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem("theme", "dark"));
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/aid");
    expect(await paint(page)).toEqual({ bg: "rgb(18, 23, 34)", text: "rgb(227, 231, 238)" });
    await page.emulateMedia({ media: "print", colorScheme: "dark" });
    expect(await paint(page)).toEqual({ bg: "rgb(255, 255, 255)", text: "rgb(29, 35, 48)" });
    const fill = await page
      .locator(".chart-figure svg.chart-static--wide rect.bar")
      .first()
      .evaluate((el) => getComputedStyle(el).fill);
    expect(fill, "the bars are painted with the light design's colour").toBe("rgb(31, 119, 180)");
  });
});
