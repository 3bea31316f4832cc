import { expect, test } from "./support/test";

/** The phone profile itself: what every phone test relies on. */
test("the phone profile is a 390 px wide touch screen with a mobile viewport", async ({ page }) => {
  await page.goto("/trade");
  const screen = await page.evaluate(() => ({
    width: window.innerWidth,
    touch: navigator.maxTouchPoints > 0 && matchMedia("(pointer: coarse)").matches,
    scrollWidth: document.documentElement.scrollWidth,
  }));
  expect(screen.width).toBe(390);
  expect(screen.touch).toBe(true);
  expect(screen.scrollWidth, "the page is no wider than the phone").toBeLessThanOrEqual(390);
});
