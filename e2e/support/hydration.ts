import { type Locator, expect } from "@playwright/test";

/**
 * Resolves once React has hydrated the element: React keeps its props on each element it
 * owns. A page is complete before that (it works without JavaScript) and its scripts load
 * after its first paint, so a test of a client-side behaviour waits for this first.
 */
export async function waitForHydration(locator: Locator): Promise<void> {
  await expect
    .poll(() => locator.evaluate((el) => Object.keys(el).some((k) => k.startsWith("__reactProps$"))), {
      message: "the element was never hydrated",
    })
    .toBe(true);
}
