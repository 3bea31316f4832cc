import { expect, type Page } from "@playwright/test";

/**
 * The Recharts chart loads on intent: moves the pointer onto the chart (again, until
 * the page has hydrated and the chart is drawn) and waits for its SVG.
 */
export async function showInteractiveChart(page: Page): Promise<void> {
  await expect(async () => {
    await page.mouse.move(0, 0);
    await page.locator(".chart-intent").first().hover();
    await expect(page.locator("svg.recharts-surface").first()).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
}
