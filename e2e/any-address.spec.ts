import { expect, test } from "./support/test";
import { showInteractiveChart } from "./support/chart";
import { startOwnServer } from "./support/own-server";
import { REPORTER_LABEL } from "../lib/transform/trade-labels";

/*
 * A server bound to another loopback address than 127.0.0.1 (as in a container, or with -H),
 * started fresh for these tests, so every view below is one it has never rendered: each
 * answers 200 with its page, hydrates with no policy violation, and its figure responds.
 */
const HOST = "127.0.0.2";
const PORT = Number(process.env.E2E_OTHER_ADDRESS_PORT ?? 3650);

let server: Awaited<ReturnType<typeof startOwnServer>> | undefined;

test.describe.configure({ mode: "serial" });
test.beforeAll(async () => {
  test.setTimeout(90_000);
  server = await startOwnServer(HOST, PORT);
});
test.afterAll(() => server?.stop());

test.describe(`a server bound to ${HOST}`, () => {
  test.use({ baseURL: `http://${HOST}:${PORT}` });

  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { violations: string[] };
      w.violations = [];
      document.addEventListener("securitypolicyviolation", (e) => w.violations.push(e.violatedDirective));
    });
  });

  const noViolations = async (page: import("@playwright/test").Page) =>
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);

  for (const path of [
    "/trade?reporter=both&from=1983&to=2011",
    "/aid?from=1971&to=1999",
    "/region?measure=imports&from=1985",
  ]) {
    test(`${path}, never rendered there, loads, hydrates and its chart answers the pointer`, async ({ page }) => {
      const res = await page.goto(path);
      expect(res?.status()).toBe(200);
      await showInteractiveChart(page);
      await noViolations(page);
    });
  }

  test("/embed/trade?reporter=both&from=1977&theme=dark&controls=1, never rendered there, loads, hydrates and its controls change the figure", async ({
    page,
  }) => {
    const res = await page.goto("/embed/trade?reporter=both&from=1977&theme=dark&controls=1");
    expect(res?.status()).toBe(200);
    await expect(page.locator("figure.chart-figure")).toHaveCount(2);
    await page.getByRole("radio", { name: REPORTER_LABEL.japan }).check();
    await expect(page).not.toHaveURL(/reporter=both/);
    await expect(page.locator("figure.chart-figure")).toHaveCount(1);
    await noViolations(page);
  });

  test("/map?phase=today&account=encyclopedia, never rendered there, loads, hydrates and its map answers a click", async ({
    page,
  }) => {
    const res = await page.goto("/map?phase=today&account=encyclopedia");
    expect(res?.status()).toBe(200);
    await noViolations(page);
    const battambang = page.locator('svg.cession-map a[data-province="battambang"]');
    await battambang.hover();
    await expect(page.locator(".map-tooltip")).toContainText("Battambang");
    await battambang.click();
    await expect(page).toHaveURL(/province=battambang/);
    await expect(page.locator("#province-details").getByRole("heading", { level: 2 })).toContainText("Battambang");
  });

  test("/timeline?era=colonial-war, never rendered there, loads, hydrates and its era filter navigates", async ({
    page,
  }) => {
    const res = await page.goto("/timeline?era=colonial-war");
    expect(res?.status()).toBe(200);
    await page.evaluate(() => ((window as unknown as { kept?: boolean }).kept = true));
    await page
      .getByRole("navigation", { name: "Filter by era" })
      .getByRole("link", { name: /Cold War/ })
      .click();
    await expect(page).toHaveURL(/\/timeline\?era=cold-war$/);
    // A client navigation: the same document, now showing the other era.
    expect(await page.evaluate(() => (window as unknown as { kept?: boolean }).kept)).toBe(true);
    await noViolations(page);
  });
});
