import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";

const svg = (page: Page) => page.locator("svg.cession-map");
const scrollY = (page: Page) => page.evaluate(() => Math.round(window.scrollY));

/** Scrolls so the map's top edge sits `top` px below the top of the screen, as a reader would have it. */
async function mapAt(page: Page, top: number) {
  await page.evaluate((top) => {
    const r = document.querySelector(".map-box")!.getBoundingClientRect();
    window.scrollTo(0, window.scrollY + r.top - top);
  }, top);
}

test.describe("/map on a phone", () => {
  test("a one-finger vertical swipe over the map scrolls the page and leaves the map as it was", async ({ page }) => {
    await page.goto("/map");
    await mapAt(page, 60);
    const before = await scrollY(page);
    const view = await svg(page).getAttribute("viewBox");
    const b = (await svg(page).boundingBox())!;
    // One finger drawn 250 px upwards over the middle of the map, through the browser's touch input.
    const cdp = await page.context().newCDPSession(page);
    const x = Math.round(b.x + b.width / 2);
    const y = Math.round(b.y + b.height * 0.8);
    const touch = (type: "touchStart" | "touchMove" | "touchEnd", dy: number) =>
      cdp.send("Input.dispatchTouchEvent", { type, touchPoints: type === "touchEnd" ? [] : [{ x, y: y - dy, id: 1 }] });
    await touch("touchStart", 0);
    for (let dy = 10; dy <= 250; dy += 10) await touch("touchMove", dy);
    await touch("touchEnd", 250);
    await expect.poll(() => scrollY(page)).toBeGreaterThan(before + 150);
    await expect(svg(page)).toHaveAttribute("viewBox", view!);
  });

  test("tapping a province selects it without moving the page, and its details are in view and focused", async ({
    page,
  }) => {
    await page.goto("/map");
    await mapAt(page, 60);
    const before = await scrollY(page);
    const b = (await page.locator("#prov-battambang").boundingBox())!;
    await page.touchscreen.tap(b.x + b.width / 2, b.y + b.height / 2);
    await expect(page).toHaveURL(/province=battambang/);
    const heading = page.locator("#province-details h2");
    await expect(heading).toContainText("Battambang");
    await expect(heading).toBeFocused();
    expect(Math.abs((await scrollY(page)) - before)).toBeLessThanOrEqual(2);
    const h = (await heading.boundingBox())!;
    expect(h.y).toBeGreaterThanOrEqual(0);
    expect(h.y + h.height).toBeLessThanOrEqual(page.viewportSize()!.height);
  });

  test("the zoom buttons are small and in a corner of the map", async ({ page }) => {
    await page.goto("/map");
    const map = (await page.locator(".map-box").boundingBox())!;
    const buttons = (await page.locator(".map-zoom-buttons").boundingBox())!;
    // Under a tenth of the map's area, in its top right corner.
    expect((buttons.width * buttons.height) / (map.width * map.height)).toBeLessThan(0.1);
    expect(map.x + map.width - (buttons.x + buttons.width)).toBeLessThan(12);
    expect(buttons.y - map.y).toBeLessThan(12);
  });
});
