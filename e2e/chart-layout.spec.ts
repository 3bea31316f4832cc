import { showInteractiveChart } from "./support/chart";
import { expect, test, type Page } from "./support/test";

test.use({ viewport: { width: 1280, height: 800 } });

/** The smallest text of the visible charts, in CSS px as drawn (SVG units × the SVG's and CSS transforms' scale). */
const smallestText = (page: Page) =>
  page.evaluate(() =>
    Math.min(
      ...[...document.querySelectorAll<SVGTextElement>(".chart-box svg text")]
        .filter((t) => t.getClientRects().length > 0 && (t.textContent ?? "").trim() !== "")
        .map((t) => parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 1)),
    ),
  );

/** Text of the visible charts that reaches outside its SVG's box (a clipped label), with the overhang. */
const labelsOutside = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<SVGTextElement>(".chart-box svg text")]
      .filter((t) => t.getClientRects().length > 0 && (t.textContent ?? "").trim() !== "")
      .flatMap((t) => {
        const svg = t.ownerSVGElement!;
        // The outermost SVG of a Recharts chart is its surface; a static chart's is itself.
        const outer = svg.closest(".chart-box")!.getBoundingClientRect();
        const b = t.getBoundingClientRect();
        const over = Math.max(outer.left - b.left, outer.top - b.top, b.right - outer.right, b.bottom - outer.bottom);
        return over > 0.5 ? [`${t.textContent} (${over.toFixed(1)} px)`] : [];
      }),
  );

test("the mirror view stacks its two panels at full width, on one y scale, no text under 11 px", async ({ page }) => {
  await page.goto("/trade?reporter=both");
  const figures = page.locator(".chart-figure");
  await expect(figures).toHaveCount(2);
  const [a, b] = [(await figures.nth(0).boundingBox())!, (await figures.nth(1).boundingBox())!];
  expect(b.y).toBeGreaterThan(a.y + a.height - 1);
  expect(Math.abs(a.width - b.width)).toBeLessThan(1);
  const ticks = (i: number) =>
    page
      .locator("svg.chart-static--wide")
      .nth(i)
      .evaluate((svg) => [...svg.querySelectorAll(".panel text[data-value]")].map((t) => t.textContent));
  expect(await ticks(0)).toEqual(await ticks(1));
  expect(await smallestText(page)).toBeGreaterThanOrEqual(11);
  await showInteractiveChart(page);
  await expect(page.locator("svg.recharts-surface")).toHaveCount(2);
  expect(await smallestText(page)).toBeGreaterThanOrEqual(11);
});

for (const path of ["/trade", "/trade?reporter=both", "/aid", "/region"]) {
  test(`${path}: nothing moves when the interactive chart replaces the static one, and no label leaves its chart`, async ({
    page,
  }) => {
    await page.goto(path);
    await page.evaluate(() => {
      const w = window as unknown as { __shift: number };
      w.__shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) w.__shift += e.value;
      }).observe({ type: "layout-shift", buffered: false });
    });
    expect(await labelsOutside(page)).toEqual([]);
    await showInteractiveChart(page);
    // Two frames after the swap, so a shift it caused has been reported.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBe(0);
    expect(await labelsOutside(page)).toEqual([]);
  });
}

test("/trade: the chart is one Tab stop with a visible focus, and the arrow keys show the point on screen", async ({
  page,
}) => {
  await page.goto("/trade?from=1990&to=2000");
  await page.getByRole("link", { name: "Reset" }).focus();
  await page.keyboard.press("Tab");
  const region = page.locator(".chart-access__region");
  await expect(region).toBeFocused();
  expect(await region.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe("none");
  for (const key of ["ArrowDown", "ArrowDown", "ArrowDown", "ArrowRight"]) await page.keyboard.press(key);
  const readout = page.locator("[data-chart-readout]");
  await expect(readout).toBeVisible();
  await expect(readout).toContainText("1991");
  await expect(readout).toContainText("USD");
  // The next Tab leaves the chart (for the list of its events' links): never the page's body,
  // never a second stop in the chart.
  const leaves = async () => {
    await page.keyboard.press("Tab");
    const where = await page.evaluate(() => ({
      body: document.activeElement === document.body,
      inChart: !!document.activeElement?.closest(".chart-box"),
      tag: document.activeElement?.tagName,
    }));
    expect(where.body).toBe(false);
    expect(where.inChart).toBe(false);
    expect(where.tag).not.toBe("svg");
  };
  await leaves();
  await showInteractiveChart(page);
  await region.focus();
  await leaves();
  // The interactive chart is no Tab stop and no unnamed application (a named group: it holds the markers' links).
  const surfaces = await page
    .locator("svg.recharts-surface")
    .evaluateAll((els) =>
      els.map((e) => [e.getAttribute("tabindex"), e.getAttribute("role"), e.getAttribute("aria-label")]),
    );
  for (const [tabindex, role, label] of surfaces) {
    expect(tabindex).toBe("-1");
    expect(role).not.toBe("application");
    expect(label).toBeTruthy();
  }
});

test.describe("at 320 px", () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const path of ["/", "/trade", "/trade?reporter=both", "/aid", "/region", "/map", "/timeline"]) {
    test(`${path} is no wider than the screen`, async ({ page }) => {
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    });
  }
});

test("derived values in the CSV and JSON carry six significant digits at most, the sources' values as printed", async ({
  request,
}) => {
  const urls = [
    "/api/trade?measure=share&format=csv",
    "/api/trade?measure=share&reporter=both",
    "/api/aid?format=csv",
    "/api/aid",
    "/api/region?measure=aid&format=csv",
    "/api/region?measure=aid",
  ];
  for (const url of urls) {
    const body = await (await request.get(url)).text();
    // A float tail: more than six significant digits and more decimals than any source prints
    // (WDI's own stored 150000.00596 has five).
    const noisy = (body.match(/\d+\.\d+/g) ?? []).filter(
      (n) => n.replace(".", "").replace(/^0+/, "").length > 6 && n.split(".")[1]!.length > 5,
    );
    expect(noisy, url).toEqual([]);
  }
  const aid = (await (await request.get("/api/aid")).json()) as { precision: string };
  expect(aid.precision).toContain("6 significant digits");
});
