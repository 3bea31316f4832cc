import { type Page, test as base } from "@playwright/test";
import { waitForPageHydration } from "./hydration";

export * from "@playwright/test";

/**
 * The pages' scripts load after their first paint (lib/http/defer-scripts.cjs), so a page's
 * load event no longer means it has hydrated. With JavaScript on, `page.goto` here also
 * waits for hydration: a test that presses a key or changes a setting then reaches the
 * page's scripts, as a reader who waits a moment does. Tests of the page before its scripts
 * run use `javaScriptEnabled: false`, which skips the wait; `page.reload`, `goBack` and a
 * followed link do not wait (a test may reload with the script files blocked), so a test that
 * acts after one waits itself (./hydration.ts).
 */
export const test = base.extend<object>({
  // (`provide` is Playwright's `use`, renamed: it is not a React hook.)
  page: async ({ page, javaScriptEnabled }, provide) => {
    if (javaScriptEnabled) {
      const goto = page.goto.bind(page);
      page.goto = (async (...args: Parameters<Page["goto"]>) => {
        const res = await goto(...args);
        if (args[1]?.waitUntil !== "commit") await waitForPageHydration(page);
        return res;
      }) as Page["goto"];
    }
    await provide(page);
  },
});
