import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { readCsv } from "./support/data";

const svg = (page: Page) => page.locator("svg.cession-map");
const focusIsBody = (page: Page) => page.evaluate(() => document.activeElement === document.body);
const thaiNames = new Set(readCsv("province-names-1941.csv").map((r) => r.name!));

/** Presses Tab until the focused element matches `selector`; fails if focus falls to <body> on the way. */
async function tabTo(page: Page, selector: string, max: number): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press("Tab");
    expect(await focusIsBody(page), `focus on <body> after Tab ${i}`).toBe(false);
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return i;
  }
  throw new Error(`Could not reach ${selector} in ${max} Tabs`);
}

/** The visible labels of the map, with their boxes on screen. */
const visibleLabels = (page: Page) =>
  page.locator(".map-labels > text").evaluateAll((els) =>
    els
      .filter((el) => getComputedStyle(el).display !== "none" && getComputedStyle(el).visibility !== "hidden")
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { text: el.textContent ?? "", left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      }),
  );

test.describe("/map for a keyboard reader", () => {
  test("from the top of the page a skip link reaches the list, Enter chooses a province and its details take focus", async ({
    page,
  }) => {
    await page.goto("/map");
    await tabTo(page, "a.map-skip--list", 20);
    await page.keyboard.press("Enter");
    // The next Tab is the first province in the list.
    await tabTo(page, "a[data-province-link]", 1);
    const first = await page.evaluate(() => document.activeElement!.getAttribute("data-province-link"));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`province=${first}`));
    const heading = page.locator("#province-details h2");
    await expect(heading).toBeFocused();
    // The details are read from there: Tab goes on to the details' own links, never to <body>.
    await tabTo(page, "#province-details a", 3);
  });
});

test.describe("/map wheel", () => {
  test("the wheel over the map scrolls the page; with Ctrl it zooms the map", async ({ page }) => {
    await page.goto("/map");
    await page.evaluate(() => window.scrollTo(0, 0));
    const b = (await svg(page).boundingBox())!;
    await page.mouse.move(b.x + b.width / 2, Math.min(b.y + b.height / 2, 700));
    const view = await svg(page).getAttribute("viewBox");
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    await expect(svg(page)).toHaveAttribute("viewBox", view!);
    // A hint says how to zoom.
    await expect(page.locator(".map-hint")).toContainText("Ctrl");

    const scrolled = await page.evaluate(() => window.scrollY);
    const box = (await svg(page).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 300));
    await page.keyboard.down("Control");
    await page.mouse.wheel(0, -300);
    await page.keyboard.up("Control");
    await expect(svg(page)).not.toHaveAttribute("viewBox", view!);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
  });
});

test.describe("/map labels and names", () => {
  test("names=th writes the 1941 provinces' labels in Thai, and every list entry is distinct", async ({ page }) => {
    await page.goto("/map?names=th");
    const thai = await page.locator("svg.cession-map text.map-label--thai [lang='th']").allTextContents();
    expect(thai.length).toBeGreaterThanOrEqual(2);
    for (const t of thai) expect(thaiNames).toContain(t);
    const entries = (await page.locator("[data-province-list] a[data-province-link]").allTextContents()).map((s) =>
      s.replace(/\s*\*$/, "").trim(),
    );
    expect(entries).toHaveLength(25);
    expect(new Set(entries).size).toBe(25);
    // A province without a sourced Thai spelling names the 1941 province it lay in, from the data.
    await expect(page.locator("[data-province-list] a[data-province-link='stung-treng']")).toContainText(
      "Nakhon Champassak",
    );
  });

  test("names=km applies to the map's labels in the 1941–46 phase too", async ({ page }) => {
    await page.goto("/map?names=km&phase=annexed");
    const khmer = page.locator("svg.cession-map text.map-label--province[lang='km']");
    expect(await khmer.count()).toBeGreaterThan(5);
    expect((await visibleLabels(page)).filter((l) => /[\u1780-\u17FF]/.test(l.text)).length).toBeGreaterThan(3);
  });

  test("zoomed in on the 1941 phase, today's province names show", async ({ page }) => {
    await page.goto("/map?center=103.2,13.1&scale=4");
    const provinces = new Set(readCsv("khm-adm1-props.csv").map((r) => r.name!));
    const shown = (await visibleLabels(page)).map((l) => l.text).filter((t) => provinces.has(t));
    // Names under a 1941 label give way to it; the others are there.
    expect(shown.length).toBeGreaterThanOrEqual(3);
  });

  for (const width of [1280, 390]) {
    test(`no two labels of the 1941 map overlap at ${width} px, and the treaty line keeps its label`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto("/map?names=th");
      const labels = await visibleLabels(page);
      expect(labels.map((l) => l.text).join(" ")).toContain("1941 treaty line");
      const overlaps = labels.flatMap((a, i) =>
        labels
          .slice(i + 1)
          .filter((b) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top)
          .map((b) => `${a.text} × ${b.text}`),
      );
      expect(overlaps).toEqual([]);
    });
  }

  test("hovering and choosing a province on the map highlights it (and breaks no policy)", async ({ page }) => {
    await page.goto("/map");
    const kampot = page.locator("svg.cession-map a[data-province='kampot']");
    await page.locator("#prov-kampot").hover();
    await expect(kampot).toHaveClass(/prov--hover/);
    await page.locator("#prov-kampot").click();
    await expect(page).toHaveURL(/province=kampot/);
  });
});
