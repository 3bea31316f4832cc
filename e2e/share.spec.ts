import { expect, test, type Page } from "./support/test";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

const MIRROR = "/trade?reporter=both&from=1994&to=2020";

async function openShare(page: Page, path: string) {
  await page.goto(path);
  const menu = page.locator(".share-menu");
  const toggle = menu.getByRole("button", { name: /^Share this/ });
  // A press before the page has hydrated does nothing: press again until the menu is open.
  await expect(async () => {
    if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
    await expect(menu.getByRole("button", { name: "Copy link" })).toBeVisible({ timeout: 2000 });
  }).toPass();
  return menu;
}
const clipboardText = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test.describe("share menu", () => {
  test("copy link puts the current view's URL on the clipboard and says so", async ({ page, baseURL }) => {
    const menu = await openShare(page, MIRROR);
    await menu.getByRole("button", { name: "Copy link" }).click();
    await expect(menu.getByRole("status")).toHaveText("Link to this view copied.");
    expect(await clipboardText(page)).toBe(`${baseURL}${MIRROR}`);
  });

  test("the link follows a view changed on the page", async ({ page, baseURL }) => {
    const menu = await openShare(page, "/aid");
    await page.locator('form.controls select[name="from"]').selectOption("1990");
    await expect(page).toHaveURL(/from=1990/);
    // The menu the reader opened stays open on the new view.
    await menu.getByRole("button", { name: "Copy link" }).click();
    await expect(menu.getByRole("status")).toHaveText("Link to this view copied.");
    expect(await clipboardText(page)).toBe(`${baseURL}/aid?from=1990`);
  });

  test("the snippet parses as an iframe of the embed route with the same parameters", async ({ page, baseURL }) => {
    const menu = await openShare(page, MIRROR);
    await menu.getByRole("button", { name: "Copy embed code" }).click();
    await expect(menu.getByRole("status")).toHaveText("Embed code copied.");
    const snippet = await clipboardText(page);
    const frame = await page.evaluate((html) => {
      const doc = new DOMParser().parseFromString(html, "text/html");
      const all = doc.body.children;
      const el = doc.querySelector("iframe");
      return el && { count: all.length, src: el.src, title: el.title, height: Number(el.getAttribute("height")) };
    }, snippet);
    expect(frame?.count).toBe(1);
    const src = new URL(frame!.src);
    expect(src.origin).toBe(new URL(baseURL!).origin);
    expect(src.pathname).toBe("/embed/trade");
    expect(src.search).toBe(new URL(MIRROR, baseURL).search);
    expect(frame!.title).toContain("Japan–Cambodia trade");
    expect(frame!.height).toBeGreaterThan(300);
    // The snippet's address is an embed that answers.
    expect((await page.request.get(frame!.src)).status()).toBe(200);
  });

  test("copy image puts the export's PNG on the clipboard", async ({ page }) => {
    const menu = await openShare(page, "/aid?from=1990&to=2000");
    await menu.getByRole("button", { name: "Copy image" }).click();
    await expect(menu.getByRole("status")).toHaveText("Chart image copied.", { timeout: 20_000 });
    const png = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      if (!item) return null;
      const blob = await item.getType("image/png");
      const bytes = new Uint8Array(await blob.arrayBuffer());
      const view = new DataView(bytes.buffer);
      return { signature: Array.from(bytes.slice(1, 4)), width: view.getUint32(16), height: view.getUint32(20) };
    });
    expect(png?.signature).toEqual([0x50, 0x4e, 0x47]); // "PNG"
    expect(png!.width).toBeGreaterThan(1000); // 2×, like a downloaded PNG
    expect(png!.height).toBeGreaterThan(500);
  });

  test("the system share item appears only where navigator.share exists, and shares the view", async ({
    page,
    baseURL,
  }) => {
    const absent = await openShare(page, "/map?phase=before");
    expect(await page.evaluate(() => typeof navigator.share)).toBe("undefined");
    await expect(absent.getByRole("button", { name: "Share…" })).toHaveCount(0);

    await page.addInitScript(() => {
      const w = window as unknown as { shared: ShareData[] };
      w.shared = [];
      Object.defineProperty(navigator, "share", { value: async (data: ShareData) => void w.shared.push(data) });
    });
    const menu = await openShare(page, "/map?phase=before");
    await menu.getByRole("button", { name: "Share…" }).click();
    await expect(menu.getByRole("status")).toHaveText("Shared.");
    const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
    expect(shared.map((s) => s.url)).toEqual([`${baseURL}/map?phase=before`]);
  });

  test("the region view, which has no embed, offers no embed code", async ({ page }) => {
    const menu = await openShare(page, "/region");
    await expect(menu.getByRole("button", { name: "Copy embed code" })).toHaveCount(0);
    await expect(menu.getByRole("button", { name: "Copy image" })).toBeVisible();
  });
});
