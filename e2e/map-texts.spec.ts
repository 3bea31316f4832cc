import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "./support/test";
import { readCsv } from "./support/data";

// Expectations come from the data files, not from the page.
const DATA = path.join(process.cwd(), "data");
const accounts = JSON.parse(readFileSync(path.join(DATA, "map-accounts.json"), "utf8")) as {
  encyclopedia: { claim: { claim_id: string; area_share: string } };
  reference_area: { km2: number };
};
const claims = readCsv("article-claims.csv");
const claimRow = claims.find((r) => r.id === accounts.encyclopedia.claim.claim_id)!;
const km2 = (n: number) => `${n.toLocaleString("en-US")} km²`;
const num = (s: string) => Number(s.replace(/[^\d.]/g, ""));

test.describe("/map texts", () => {
  test("the treaty share names its basis and shows the share of the published area", async ({ page }) => {
    await page.goto("/map");
    const card = page.locator('[data-card="treaty"]');
    const ceded = num((await card.locator(".figure").textContent()) ?? "");
    const basis = card.locator("[data-share-basis]");
    await expect(basis).toContainText("the map's province shapes (the basis used here)");
    await expect(basis).toContainText(km2(accounts.reference_area.km2));
    const text = (await basis.textContent()) ?? "";
    const [onShapes, onRef] = [...text.matchAll(/([\d.]+)% of the ([\d,]+) km²/g)];
    expect(onShapes && onRef).toBeTruthy();
    expect(num(onRef![2]!)).toBe(accounts.reference_area.km2);
    const shapes = num(onShapes![2]!);
    // The page's ceded figure is rounded to the km², so allow one step of the last decimal.
    expect(Math.abs(num(onShapes![1]!) - (ceded / shapes) * 100)).toBeLessThan(0.06);
    expect(Math.abs(num(onRef![1]!) - (ceded / accounts.reference_area.km2) * 100)).toBeLessThan(0.06);
  });

  test("the one-third claim is credited as article-claims.csv credits it", async ({ page }) => {
    await page.goto("/map");
    const card = page.locator('[data-card="claim"]');
    await expect(card).toContainText(accounts.encyclopedia.claim.area_share);
    const link = card.getByRole("link");
    await expect(link).toHaveText(claimRow.source_title!);
    await expect(link).toHaveAttribute("href", claimRow.source!);
    await expect(page.locator("#ceded-area-title").locator("..")).not.toContainText("Cambodia–Japan relations");
  });

  test("the key dates give both the signing and the handover of 1946", async ({ page }) => {
    await page.goto("/map");
    const dates = page.locator(".cession-timeline li");
    const signing = dates.filter({ has: page.locator('time[datetime="1946-11-17"]') });
    const handover = dates.filter({ has: page.locator('time[datetime="1946-12"]') });
    await expect(signing).toContainText("signed");
    await expect(signing).not.toContainText("handed back");
    await expect(handover).toContainText("handed back");
  });
});
