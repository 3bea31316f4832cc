import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { INTERACTIVE_CHART, PAGE_STATES } from "./support/routes";
import { showInteractiveChart } from "./support/chart";

// The one place axe runs: every page state, plus the map with Siem Reap selected (the state the
// map spec's topology test opens), so the page specs need not run it again.
const A11Y_STATES = [...PAGE_STATES, "/map?province=siem-reap"];

test.describe("accessibility (axe)", () => {
  test.describe.configure({ timeout: 90_000 }); // axe on a long page is slow on a loaded 2-core machine
  for (const path of A11Y_STATES) {
    test(`${path} has no axe violations`, async ({ page }) => {
      test.setTimeout(90_000); // axe on a chart page is slow on a loaded 2-core machine
      await page.goto(path);
      if (INTERACTIVE_CHART(path)) await showInteractiveChart(page);
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
        .analyze();
      const summary = results.violations.map(
        (v) =>
          `${v.id}: ${v.help} (${v.nodes
            .map((n) => n.target.join(" "))
            .slice(0, 3)
            .join(", ")})`,
      );
      expect(summary).toEqual([]);
    });
  }
});
