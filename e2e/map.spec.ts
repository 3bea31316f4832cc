import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "./support/test";

// Expectations come from the data files, not from the page.
const DATA = path.join(process.cwd(), "data");
const topo = JSON.parse(readFileSync(path.join(DATA, "cambodia-1941.topo.json"), "utf8")) as {
  objects: { provinces: { geometries: { properties: { id: string; name: string } }[] } };
};
const PROVINCES = topo.objects.provinces.geometries.map((g) => g.properties);
const cession = JSON.parse(readFileSync(path.join(DATA, "cession-1941.json"), "utf8")) as {
  province_id: string;
  status: string;
  thai_province_1941: string | null;
}[];
const BATTAMBANG_THAI = cession.find((c) => c.province_id === "battambang")!.thai_province_1941!;

const provinceOnMap = (page: Page, id: string) => page.locator(`svg.cession-map a[data-province="${id}"]`);
const details = (page: Page) => page.locator("#province-details");

test.describe("/map", () => {
  test("draws every province as a named link", async ({ page }) => {
    await page.goto("/map");
    const shapes = page.locator("svg.cession-map a[data-province]");
    await expect(shapes).toHaveCount(PROVINCES.length);
    for (const p of PROVINCES) {
      await expect(provinceOnMap(page, p.id)).toHaveAccessibleName(new RegExp(`^${p.name}: `));
    }
    await expect(page.locator(".map-attribution")).toHaveText(
      "Province boundaries © OpenStreetMap contributors (ODbL) via geoBoundaries; Natural Earth",
    );
  });

  test("selects Battambang by clicking the map", async ({ page }) => {
    await page.goto("/map");
    await provinceOnMap(page, "battambang").hover();
    await expect(page.locator(".map-tooltip")).toContainText("Battambang");
    await provinceOnMap(page, "battambang").click();
    await expect(page).toHaveURL(/province=battambang/);
    await expect(details(page).getByRole("heading", { level: 2 })).toContainText("Battambang");
    await expect(details(page)).toContainText(BATTAMBANG_THAI);
  });

  test("selects Battambang with the keyboard through the province list", async ({ page }) => {
    await page.goto("/map");
    const links = page.locator("[data-province-list] a[data-province-link]");
    await expect(links).toHaveCount(PROVINCES.length);
    await links.first().focus();
    for (let i = 0; i < PROVINCES.length; i++) {
      if ((await page.evaluate(() => document.activeElement?.getAttribute("data-province-link"))) === "battambang")
        break;
      await page.keyboard.press("ArrowDown");
    }
    await expect(page.locator("[data-province-link='battambang']")).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/province=battambang/);
    await expect(details(page)).toContainText(BATTAMBANG_THAI);
    await expect(
      page.locator(".map-explorer [aria-live='polite']:not([data-map-zoom-status]):not([data-share-status])"),
    ).toContainText("Selected Battambang");
    await expect(page.locator("[data-province-link='battambang']")).toHaveAttribute("aria-current", "true");
  });

  test("switching the account toggles Koh Kong's status", async ({ page }) => {
    await page.goto("/map");
    const treatyStatus = cession.find((c) => c.province_id === "koh-kong")!.status;
    expect(treatyStatus).toBe("retained");
    await expect(provinceOnMap(page, "koh-kong")).toHaveAccessibleName(/Retained/);
    await page.getByRole("link", { name: "Encyclopedia account" }).click();
    await expect(page).toHaveURL(/account=encyclopedia/);
    await expect(provinceOnMap(page, "koh-kong")).toHaveAccessibleName(/Ceded/);
    await page.getByRole("link", { name: /Treaty terms/ }).click();
    await expect(provinceOnMap(page, "koh-kong")).toHaveAccessibleName(/Retained/);
  });

  test("switching the phase changes the legend and the labels", async ({ page }) => {
    await page.goto("/map");
    const labels = page.locator("svg.cession-map .map-labels");
    const legend = page.locator(".map-legend");
    await expect(labels).toContainText(BATTAMBANG_THAI);
    const annexedLegend = await legend.innerText();
    await page.getByRole("link", { name: "Today" }).click();
    await expect(page).toHaveURL(/phase=today/);
    await expect(labels).not.toContainText(BATTAMBANG_THAI);
    await expect(labels).toContainText("Battambang");
    await expect(legend).not.toHaveText(annexedLegend);
    await page.getByRole("link", { name: "Before 1941" }).click();
    await expect(labels).toContainText("French protectorate");
    await expect(legend).toContainText("French protectorate");
  });

  test("restores its state from a shared link and keeps it in the URL", async ({ page }) => {
    await page.goto("/map?phase=today&account=encyclopedia&province=koh-kong");
    await expect(page.getByRole("link", { name: "Today" })).toHaveAttribute("aria-current", "true");
    await expect(page.getByRole("link", { name: "Encyclopedia account" })).toHaveAttribute("aria-current", "true");
    await expect(details(page).getByRole("heading", { level: 2 })).toContainText("Koh Kong");
    await page.getByRole("link", { name: "Before 1941" }).click();
    await expect(page).toHaveURL(/phase=before/);
    const url = new URL(page.url());
    expect(url.searchParams.get("account")).toBe("encyclopedia");
    expect(url.searchParams.get("province")).toBe("koh-kong");
    await page.reload();
    await expect(page.getByRole("link", { name: "Before 1941" })).toHaveAttribute("aria-current", "true");
    await expect(details(page).getByRole("heading", { level: 2 })).toContainText("Koh Kong");
  });

  test("zooms to the ceded area and back", async ({ page }) => {
    await page.goto("/map");
    const svg = page.locator("svg.cession-map");
    const full = await svg.getAttribute("viewBox");
    await page.getByRole("link", { name: "Zoom to the ceded area" }).click();
    await expect(page).toHaveURL(/zoom=ceded/);
    await expect(svg).not.toHaveAttribute("viewBox", full!);
    await page.getByRole("link", { name: "Reset view" }).click();
    await expect(page).not.toHaveURL(/zoom=/);
    await expect(svg).toHaveAttribute("viewBox", full!);
  });

  test("shows a notice and the default view for invalid params", async ({ page }) => {
    await page.goto("/map?phase=1850&province=atlantis");
    const notice = page.locator(".notice");
    await expect(notice).toContainText("1850");
    await expect(notice).toContainText("atlantis");
    await expect(page.getByRole("link", { name: "1941–1946 (annexed)" })).toHaveAttribute("aria-current", "true");
    await expect(page.locator("svg.cession-map a[data-province]")).toHaveCount(PROVINCES.length);
  });

  test("ships no topology to the browser", async ({ page }) => {
    const scripts: string[] = [];
    page.on("response", async (r) => {
      if (r.request().resourceType() === "script") scripts.push(await r.text().catch(() => ""));
    });
    await page.goto("/map?province=siem-reap");
    await expect(page.locator("svg.cession-map")).toBeVisible();
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts) expect(s).not.toContain('"Topology"');
  });
});

test.describe("/map without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("renders the map, the legend and working province links", async ({ page }) => {
    await page.goto("/map");
    await expect(page.locator("svg.cession-map a[data-province]")).toHaveCount(PROVINCES.length);
    await expect(page.locator(".map-legend li").first()).toBeVisible();
    await page.locator("[data-province-list] a[data-province-link='battambang']").click();
    await expect(page).toHaveURL(/province=battambang/);
    await expect(details(page)).toContainText(BATTAMBANG_THAI);
    await page.getByRole("link", { name: "Encyclopedia account" }).click();
    await expect(provinceOnMap(page, "koh-kong")).toHaveAccessibleName(/Ceded/);
  });
});
