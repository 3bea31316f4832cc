import { expect, test, type APIRequestContext } from "./support/test";
import { EMBED_FUZZ_TARGETS, FUZZ_TARGETS } from "./support/fuzz-targets";
import { randomQuery, rng } from "./support/random";

// APIs get many cases over HTTP. The pages' parsers are pure functions with their own property
// tests (tests/unit/url-params-properties.test.ts, 10,000 cases each), so over HTTP a page only
// needs enough cases to show that what the parser returns renders: a heading, no NaN, no 5xx.
const API_CASES = 1000;
const PAGE_CASES = 100;
const TARGETS = [...Object.values(FUZZ_TARGETS), ...EMBED_FUZZ_TARGETS];

/** Runs `tasks` with at most `limit` in flight: enough load to be quick, bounded so the server is not flooded. */
async function pool<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await task(items[next++]!);
    }),
  );
}

async function check(request: APIRequestContext, url: string, api: boolean): Promise<string | null> {
  const res = await request.get(url, { maxRedirects: 0, failOnStatusCode: false });
  const status = res.status();
  if (status >= 500) return `${url} → ${status}`;
  if (api) {
    if (status !== 200 && status !== 400) return `${url} → unexpected ${status}`;
    if (status === 400) {
      const body = (await res.json().catch(() => null)) as { error?: string } | null;
      if (!body?.error) return `${url} → 400 without a JSON error message`;
    }
  } else if (status !== 200) {
    return `${url} → ${status}`;
  } else {
    // The notice quotes what was typed (it may well be "NaN"); the rest of the page must not.
    const html = (await res.text()).replace(
      /<div class="notice" role="status" data-testid="param-notice">[\s\S]*?<\/div>/,
      "",
    );
    if (!html.includes("<h1")) return `${url} → page without a heading`;
    if (/\bNaN\b|>undefined</.test(html.replace(/<script[\s\S]*?<\/script>/g, "")))
      return `${url} → NaN or undefined in the page`;
  }
  return null;
}

test.describe("bad input", () => {
  test.describe.configure({ timeout: 180_000 });
  for (const target of TARGETS) {
    const cases = target.api ? API_CASES : PAGE_CASES;
    test(`${cases} generated query strings to ${target.path}: no 5xx, clear 4xx or the default view`, async ({
      request,
    }) => {
      const r = rng(0xc0ffee + target.path.length);
      const urls = Array.from({ length: cases }, () => `${target.path}?${randomQuery(r, target.keys, target.good)}`);
      const failures: string[] = [];
      await pool(urls, 8, async (url) => {
        const failure = await check(request, url, target.api);
        if (failure) failures.push(failure);
      });
      expect(failures.slice(0, 10)).toEqual([]);
    });
  }

  test("an invalid trade URL shows the notice and the default chart", async ({ page, request }) => {
    // The page is the cached default view (same bytes for every bad link); the notice is
    // drawn in the browser from the address, naming what could not be used.
    const html = await (await request.get("/trade?reporter=%3Cscript%3E&from=-5")).text();
    expect(html).not.toContain("<script>alert");
    expect(html).toContain('data-series="japanToCambodia"');
    await page.goto("/trade?reporter=%3Cscript%3E&from=-5");
    const notice = page.getByText("Some settings in the address could not be used");
    await expect(notice).toBeVisible();
    await expect(page.locator("main")).toContainText("reporter");
  });
});
