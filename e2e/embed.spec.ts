import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "./support/test";
import { PALETTE } from "../lib/chart/palette";
import { REPORTER_LABEL } from "../lib/transform/trade-labels";

/**
 * The embeds framed by a page of another origin: a small HTTP server on its own port, started
 * here, serves a host page with one iframe of the app (on the test's base URL).
 */
let host: Server;
let hostOrigin = "";
test.beforeAll(async () => {
  host = createServer((req, res) => {
    const src = new URL(req.url ?? "/", "http://host").searchParams.get("src") ?? "";
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(
      `<!doctype html><title>Host</title><iframe id="embed" title="Embedded figure" width="900" height="700" src="${src.replaceAll('"', "&quot;")}"></iframe>`,
    );
  });
  await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

const MIRROR = "/embed/trade?reporter=both&from=1994&to=2020";

test.describe("embeds on another site", () => {
  test("the mirror view's embed renders its two panels inside a frame of another origin", async ({ page, baseURL }) => {
    expect(new URL(baseURL!).origin).not.toBe(hostOrigin);
    await page.goto(`${hostOrigin}/?src=${encodeURIComponent(baseURL + MIRROR)}`);
    const frame = page.frameLocator("#embed");
    await expect(frame.locator("h1")).toContainText("Both reporters");
    // The mirror figure: one panel per reporter, each with its legend and static SVG.
    await expect(frame.locator("figure.chart-figure")).toHaveCount(2);
    await expect(frame.locator("figure.chart-figure .legend").first()).toBeVisible();
    await expect(frame.locator("svg.chart-static--wide")).toHaveCount(2);
    await expect(frame.locator(".embed__sources")).toContainText("IMF, Direction of Trade Statistics");
    // No site frame: no header, navigation or footer.
    await expect(frame.locator("header, nav, footer")).toHaveCount(0);
    const back = new URL(
      (await frame.getByRole("link", { name: /Open the full view/ }).getAttribute("href"))!,
      baseURL,
    );
    expect(back.pathname).toBe("/trade");
    // 2020 is the mirror view's default end (the last year both sides reported to the IMF): left out.
    expect(Object.fromEntries(back.searchParams)).toEqual({ reporter: "both", from: "1994" });
  });

  test.describe("a page that is not an embed", () => {
    // The refusal is a frame-ancestors violation the browser reports: provoked on purpose here.
    test.use({ failOnPageProblems: false });

    test("the full /trade page refuses to be framed there", async ({ page, baseURL }) => {
      const blocked: string[] = [];
      page.on("console", (m) => {
        if (/frame-ancestors|Refused to frame/i.test(m.text())) blocked.push(m.text());
      });
      await page.goto(`${hostOrigin}/?src=${encodeURIComponent(`${baseURL}/trade?reporter=both&from=1994&to=2020`)}`);
      await expect.poll(() => blocked.length).toBeGreaterThan(0);
      // The browser shows its own error page in the frame instead of the site's.
      const frame = page.frames().find((f) => f !== page.mainFrame());
      expect(frame?.url()).not.toContain(new URL(baseURL!).host);
      await expect(page.frameLocator("#embed").getByText("Japan–Cambodia trade since 1960")).toHaveCount(0);
    });
  });
});

test.describe("embed options", () => {
  test("theme=dark paints the embed in the dark design; controls=0 shows only the figure", async ({ page }) => {
    await page.goto("/embed/aid?from=1975&to=2000&theme=dark");
    const wrapper = page.locator("main.embed");
    await expect(wrapper).toHaveAttribute("data-theme", "dark");
    const bg = await wrapper.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).toBe(
      await page.evaluate((hex) => {
        const probe = document.createElement("i");
        probe.style.color = hex;
        document.body.append(probe);
        return getComputedStyle(probe).color;
      }, PALETTE.background.dark),
    );
    await expect(page.locator("form.controls")).toHaveCount(0);
    await expect(page.locator("h1")).toHaveText("Japan's net bilateral aid to Cambodia, 1975–2000");
  });

  test("theme=auto follows the reader's system", async ({ browser, baseURL }) => {
    for (const colorScheme of ["light", "dark"] as const) {
      const context = await browser.newContext({ colorScheme, baseURL });
      const page = await context.newPage();
      await page.goto("/embed/map?phase=annexed");
      const scheme = await page.locator("main.embed").evaluate((el) => getComputedStyle(el).colorScheme);
      expect(scheme).toBe(colorScheme);
      await context.close();
    }
  });

  test("a stored site theme does not override the embed's", async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem("theme", "dark"));
    await page.goto("/embed/trade?theme=light");
    expect(await page.evaluate(() => document.documentElement.getAttribute("data-theme"))).toBeNull();
    await expect(page.locator("main.embed")).toHaveAttribute("data-theme", "light");
  });
});

test.describe("embed controls", () => {
  test("controls=0 (the default) shows no settings; controls=1 shows the view's", async ({ page }) => {
    await page.goto("/embed/trade?reporter=both");
    await expect(page.locator("form.controls")).toHaveCount(0);
    await page.goto("/embed/trade?reporter=both&controls=1");
    await expect(page.locator("form.controls")).toBeVisible();
  });

  test("a change in the trade embed's controls stays in the embed and keeps its theme and controls", async ({
    page,
  }) => {
    await page.goto("/embed/trade?reporter=both&theme=dark&controls=1");
    await expect(page.locator("figure.chart-figure")).toHaveCount(2);
    await page.getByRole("radio", { name: REPORTER_LABEL.japan }).check();
    // Japan is the default reporter, so the view's part of the address may be empty.
    await expect(page).toHaveURL(/\/embed\/trade\?(.+&)?theme=dark&controls=1$/);
    await expect(page).not.toHaveURL(/reporter=both/);
    await expect(page.locator("figure.chart-figure")).toHaveCount(1);
    await expect(page.locator("main.embed")).toHaveAttribute("data-theme", "dark");
  });

  test("the map embed's phase links stay in the embed", async ({ page }) => {
    await page.goto("/embed/map?controls=1&theme=light");
    await page.locator(".map-controls").getByRole("link", { name: "Before 1941" }).click();
    await expect(page).toHaveURL(/\/embed\/map\?phase=before&theme=light&controls=1$/);
    await expect(page.locator("svg.cession-map")).toHaveAttribute("data-phase", "before");
  });
});

test.describe("embeds without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  for (const [path, figure] of [
    [MIRROR, "svg.chart-static--wide"],
    ["/embed/aid?year=1992", "svg.chart-static--wide"],
    ["/embed/map?phase=before", "svg.cession-map"],
  ] as const) {
    test(`${path} draws its figure on the server`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator(figure).first()).toBeVisible();
      await expect(page.locator(".legend").first()).toBeVisible();
      await expect(page.locator(".embed__sources")).toBeVisible();
    });
  }

  test("the aid embed's settings form applies within the embed", async ({ page }) => {
    await page.goto("/embed/aid?controls=1&theme=dark");
    await page.locator('form.controls select[name="from"]').selectOption("1990");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/\/embed\/aid\?.*from=1990/);
    const url = new URL(page.url());
    expect(url.searchParams.get("theme")).toBe("dark");
    expect(url.searchParams.get("controls")).toBe("1");
    await expect(page.locator("h1")).toContainText("1990–");
  });
});
