import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./support/test";
import { INTERACTIVE_CHART, PAGE_STATES } from "./support/routes";
import { showInteractiveChart } from "./support/chart";

// The one place axe runs: every page state, plus the map with Siem Reap selected (the state the
// map spec's topology test opens), so the page specs need not run it again. The same page load
// also checks that the light states request nothing from another origin (security spec's rule).
const A11Y_STATES = [...PAGE_STATES, "/map?province=siem-reap"];
/** The dark theme, checked on one state of each kind of page (colours are the theme's; the layout is the same). */
const DARK_STATES = [
  "/",
  "/trade",
  "/trade?reporter=both&from=1994&to=2020&year=2007",
  "/map?province=battambang",
  "/aid",
  "/timeline",
  "/region",
];

const STATES = [
  ...A11Y_STATES.map((path) => ({ path, scheme: "light" as const })),
  ...DARK_STATES.map((path) => ({ path, scheme: "dark" as const })),
];

test.describe("accessibility (axe)", () => {
  test.describe.configure({ timeout: 90_000 }); // axe on a long page is slow on a loaded 2-core machine
  for (const { path, scheme } of STATES) {
    const name =
      scheme === "dark"
        ? `${path} has no axe violations in the dark theme`
        : `${path} has no axe violations and requests nothing from another origin`;
    test(name, async ({ page, baseURL }) => {
      await page.emulateMedia({ colorScheme: scheme });
      test.setTimeout(90_000); // axe on a chart page is slow on a loaded 2-core machine
      const origin = new URL(baseURL!).origin;
      const foreign: string[] = [];
      page.on("request", (req) => {
        const url = req.url();
        if (!url.startsWith("data:") && !url.startsWith("blob:") && new URL(url).origin !== origin) foreign.push(url);
      });
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
      if (scheme === "light") {
        await page.waitForLoadState("networkidle");
        expect(foreign).toEqual([]);
      }
    });
  }
});

test.describe("language of parts", () => {
  // The pages that quote Japanese sources (titles as written), and the views whose notes do.
  const QUOTING = ["/", "/trade", "/trade?reporter=both&from=1994&to=2020", "/aid", "/timeline"];
  const OTHERS = ["/map?province=battambang", "/region", "/embed/trade", "/embed/aid", "/embed/map"];

  for (const path of [...QUOTING, ...OTHERS]) {
    const quotes = QUOTING.includes(path);
    test(`${path}: every run of Japanese text is marked lang=ja${quotes ? ", and the page has some" : ""}`, async ({
      page,
    }) => {
      await page.goto(path);
      const { marked, unmarked } = await page.evaluate(() => {
        const JA = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        const found = { marked: 0, unmarked: [] as string[] };
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n.parentElement!;
          if (!JA.test(n.textContent ?? "") || el.closest("script, template, noscript")) continue;
          if (el.closest("[lang]")?.getAttribute("lang") === "ja") found.marked += 1;
          else found.unmarked.push((n.textContent ?? "").trim().slice(0, 60));
        }
        return found;
      });
      expect(unmarked, 'Japanese text without lang="ja"').toEqual([]);
      if (quotes) expect(marked, "the Japanese titles it quotes").toBeGreaterThan(0);
    });
  }
});
