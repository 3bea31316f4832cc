import { type Page, test as base } from "@playwright/test";
import { waitForPageHydration } from "./hydration";

export * from "@playwright/test";

type Options = {
  /**
   * Fail the test on a Content-Security-Policy violation or an uncaught page error (on by default).
   * A test that provokes a violation on purpose turns it off with `test.use({ failOnPageProblems: false })`.
   */
  failOnPageProblems: boolean;
};

/** What the listener records, in the order the page reported it. */
type Problem = { kind: "csp" | "console" | "pageerror"; text: string; url: string };

/**
 * The pages' scripts load after their first paint (lib/http/defer-scripts.cjs), so a page's
 * load event no longer means it has hydrated. With JavaScript on, `page.goto` here also
 * waits for hydration: a test that presses a key or changes a setting then reaches the
 * page's scripts, as a reader who waits a moment does. Tests of the page before its scripts
 * run use `javaScriptEnabled: false`, which skips the wait; `page.reload`, `goBack` and a
 * followed link do not wait (a test may reload with the script files blocked), so a test that
 * acts after one waits itself (./hydration.ts).
 *
 * Every test also listens for what a reader would never see but must never happen: a
 * Content-Security-Policy violation (the page's `securitypolicyviolation` event, or the console
 * error the browser logs for one) or an uncaught error in the page. Any of them fails the test
 * after it ran, with the list.
 */
export const test = base.extend<Options>({
  failOnPageProblems: [true, { option: true }],
  // (`provide` is Playwright's `use`, renamed: it is not a React hook.)
  page: async ({ page, javaScriptEnabled, failOnPageProblems }, provide) => {
    const problems: Problem[] = [];
    if (failOnPageProblems) {
      await page.exposeBinding("__reportPolicyViolation", (source, text: string) => {
        problems.push({ kind: "csp", text, url: source.frame.url() });
      });
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (e) => {
          const report = (window as unknown as { __reportPolicyViolation?: (t: string) => void })
            .__reportPolicyViolation;
          report?.(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`);
        });
      });
      page.on("console", (msg) => {
        if (msg.type() === "error" && /content security policy/i.test(msg.text()))
          problems.push({ kind: "console", text: msg.text(), url: page.url() });
      });
      page.on("pageerror", (error) => problems.push({ kind: "pageerror", text: String(error), url: page.url() }));
    }
    if (javaScriptEnabled) {
      const goto = page.goto.bind(page);
      page.goto = (async (...args: Parameters<Page["goto"]>) => {
        const res = await goto(...args);
        if (args[1]?.waitUntil !== "commit") await waitForPageHydration(page);
        return res;
      }) as Page["goto"];
    }
    await provide(page);
    if (problems.length > 0)
      throw new Error(
        `The page reported ${problems.length} problem(s):\n` +
          problems.map((p) => `  ${p.kind} on ${p.url}: ${p.text}`).join("\n"),
      );
  },
});
