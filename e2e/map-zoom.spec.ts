import { expect, test, type Page } from "./support/test";
import { waitForHydration } from "./support/hydration";

const svg = (page: Page) => page.locator("svg.cession-map");
const battambang = (page: Page) => page.locator("#prov-battambang");
const status = (page: Page) => page.locator("[data-map-zoom-status]");
const area = async (page: Page) => {
  const b = await battambang(page).boundingBox();
  return b ? b.width * b.height : 0;
};
/** Vertices of a path: each number pair after a command letter or a separator. */
const vertexCount = (d: string) => (d.match(/-?\d+(\.\d+)?/g) ?? []).length / 2;

async function wheelOver(page: Page, times: number) {
  // The pointer must be over the map, as a reader's is: bring the map into the window first.
  await svg(page).scrollIntoViewIfNeeded();
  const b = (await battambang(page).boundingBox())!;
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
  // The wheel zooms the map only when the reader means it (Ctrl or ⌘ held); otherwise it scrolls the page.
  await page.keyboard.down("Control");
  for (let i = 0; i < times; i++) await page.mouse.wheel(0, -300);
  await page.keyboard.up("Control");
}

test.describe("/map zoom and pan", () => {
  test("wheel over Battambang enlarges it and puts the view in the URL; reload restores it; reset returns", async ({
    page,
  }) => {
    await page.goto("/map");
    const whole = await svg(page).getAttribute("viewBox");
    const before = await area(page);
    await wheelOver(page, 3);
    await expect(page).toHaveURL(/center=[\d.]+,[\d.]+&scale=[\d.]+/);
    // The address is written once the wheel has settled (180 ms after its last step; on a
    // loaded machine the steps themselves can be further apart): wait until it stays put.
    await expect
      .poll(async () => {
        const url = page.url();
        await page.waitForTimeout(400);
        return page.url() === url;
      })
      .toBe(true);
    expect(await area(page)).toBeGreaterThan(before * 2);
    const zoomed = await svg(page).getAttribute("viewBox");
    expect(zoomed).not.toBe(whole);
    await page.reload();
    await waitForHydration(page.getByRole("button", { name: "Show the whole map" }));
    const restored = (await svg(page).getAttribute("viewBox"))!.split(" ").map(Number);
    // The URL rounds the centre to 0.001° and the scale to 0.01: well under a map unit.
    zoomed!
      .split(" ")
      .map(Number)
      .forEach((v, i) => expect(Math.abs(v - restored[i]!)).toBeLessThan(1));
    await page.getByRole("button", { name: "Show the whole map" }).click();
    await expect(svg(page)).toHaveAttribute("viewBox", whole!);
    await expect(page).not.toHaveURL(/scale=/);
  });

  test("keyboard only: + twice, arrows pan, 0 resets; every step is announced", async ({ page }) => {
    await page.goto("/map");
    const whole = await svg(page).getAttribute("viewBox");
    await page.locator(".map-box").focus();
    const seen: string[] = [];
    const step = async (key: string, said: RegExp) => {
      const box = await svg(page).getAttribute("viewBox");
      await page.keyboard.press(key);
      await expect(status(page)).toContainText(said);
      seen.push((await status(page).textContent()) ?? "");
      return box;
    };
    await step("+", /Zoomed in\. Zoom 1\.5×/);
    await step("+", /Zoomed in\. Zoom 2\.3×/);
    const beforePan = await step("ArrowRight", /Moved east/);
    await expect(svg(page)).not.toHaveAttribute("viewBox", beforePan!);
    await step("ArrowDown", /Moved south/);
    await step("0", /Whole map/);
    await expect(svg(page)).toHaveAttribute("viewBox", whole!);
    expect(seen).toHaveLength(5);
  });

  test("at the deepest zoom Battambang's border has more vertices than at the whole-map view", async ({ page }) => {
    await page.goto("/map");
    const coarse = vertexCount((await battambang(page).getAttribute("d"))!);
    await wheelOver(page, 12);
    await expect(svg(page)).toHaveAttribute("data-detail", "16");
    const fine = vertexCount((await battambang(page).getAttribute("d"))!);
    expect(fine).toBeGreaterThan(coarse);
  });

  test("a shared zoomed link opens at that view, with the scale bar for it", async ({ page }) => {
    await page.goto("/map");
    const wholeBar = await page.locator(".map-scale span").textContent();
    await page.goto("/map?center=103.2,13.1&scale=8");
    const w = Number((await svg(page).getAttribute("viewBox"))!.split(" ")[2]);
    const full = Number((await page.goto("/map").then(() => svg(page).getAttribute("viewBox")))!.split(" ")[2]);
    expect(full / w).toBeCloseTo(8, 1);
    await page.goto("/map?center=103.2,13.1&scale=8");
    await expect(page.locator(".map-scale span")).not.toHaveText(wholeBar!);
  });

  test("an invalid view names the parameter and shows the whole map", async ({ page }) => {
    await page.goto("/map?center=0,0&scale=99");
    await expect(page.locator(".notice")).toContainText("center");
    await expect(page.locator(".notice")).toContainText("scale");
    await expect(page.locator("svg.cession-map a[data-province]")).toHaveCount(25);
  });
});

test.describe("/map on a touch screen", () => {
  test.use({ hasTouch: true });

  test("a two-finger pinch zooms in", async ({ page }) => {
    await page.goto("/map");
    const whole = (await svg(page).getAttribute("viewBox"))!.split(" ").map(Number);
    await page.locator(".map-box").scrollIntoViewIfNeeded();
    const b = (await svg(page).boundingBox())!;
    const cx = b.x + b.width / 2;
    // Inside the viewport: touches outside it reach no element.
    const cy = b.y + Math.min(b.height, page.viewportSize()!.height - b.y) / 2;
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: "touchStart" | "touchMove" | "touchEnd", d: number) =>
      cdp.send("Input.dispatchTouchEvent", {
        type,
        touchPoints:
          type === "touchEnd"
            ? []
            : [
                { x: cx - d, y: cy, id: 1 },
                { x: cx + d, y: cy, id: 2 },
              ],
      });
    await touch("touchStart", 30);
    for (let d = 40; d <= 150; d += 10) await touch("touchMove", d);
    await touch("touchEnd", 0);
    await expect
      .poll(async () => Number((await svg(page).getAttribute("viewBox"))!.split(" ")[2]))
      .toBeLessThan(whole[2]! / 2);
  });
});

test.describe("/map zoomed without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a zoomed link draws the zoomed server map with working province links", async ({ page }) => {
    await page.goto("/map?center=103.2,13.1&scale=4");
    await expect(svg(page)).not.toHaveAttribute("viewBox", /^0 0 /);
    await page.locator("[data-province-list] a[data-province-link='battambang']").click();
    await expect(page).toHaveURL(/province=battambang/);
  });
});
