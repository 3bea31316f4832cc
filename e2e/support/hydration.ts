import { type Locator, type Page, expect } from "@playwright/test";

/** React keeps its props on each element it owns: an element with them has been hydrated. */
const isHydrated = (el: Element) => Object.keys(el).some((k) => k.startsWith("__reactProps$"));

/**
 * Resolves once React has hydrated the element: React keeps its props on each element it
 * owns. A page is complete before that (it works without JavaScript) and its scripts load
 * after its first paint, so a test of a client-side behaviour waits for this first.
 */
export async function waitForHydration(locator: Locator, timeout?: number): Promise<void> {
  await expect
    .poll(() => locator.evaluate(isHydrated), { message: "the element was never hydrated", timeout })
    .toBe(true);
}

/**
 * Resolves once React has hydrated the document (the root element is the last it completes).
 * A page other than the app's (an API response, a file) has no React payload and resolves at once.
 */
export async function waitForPageHydration(page: Page, timeout = 20_000): Promise<void> {
  if (await page.evaluate(() => "__next_f" in self)) await waitForHydration(page.locator("html"), timeout);
}
