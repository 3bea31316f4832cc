import { expect, test, type APIRequestContext } from "@playwright/test";
import { randomQuery, rng } from "./support/random";

const CASES = 1000;
const YEARS = ["1960", "1975", "1992", "1994", "2006", "2020", "2022", "2025"];
const TARGETS = [
  {
    path: "/api/trade",
    api: true,
    keys: ["reporter", "from", "to", "format"],
    good: { reporter: ["japan", "cambodia", "both"], from: YEARS, to: YEARS, format: ["json", "csv"] },
  },
  {
    path: "/trade",
    api: false,
    keys: ["reporter", "from", "to", "year", "events"],
    good: { reporter: ["japan", "cambodia", "both"], from: YEARS, to: YEARS, year: YEARS, events: ["on", "off"] },
  },
  {
    path: "/map",
    api: false,
    keys: ["phase", "account", "province", "zoom"],
    good: {
      phase: ["before", "annexed", "today"],
      account: ["treaty", "encyclopedia"],
      province: ["battambang", "koh-kong", "siem-reap"],
      zoom: ["all", "ceded"],
    },
  },
  { path: "/", api: false, keys: ["x"], good: {} },
  {
    path: "/api/aid",
    api: true,
    keys: ["from", "to", "format"],
    good: { from: YEARS, to: YEARS, format: ["json", "csv"] },
  },
  {
    path: "/aid",
    api: false,
    keys: ["from", "to", "year", "events"],
    good: { from: YEARS, to: YEARS, year: YEARS, events: ["on", "off"] },
  },
  {
    path: "/timeline",
    api: false,
    keys: ["era", "event"],
    good: { era: ["early-contact", "colonial-war", "cold-war", "reconstruction"], event: ["1970-coup-and-civil-war"] },
  },
] as const;

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
    test(`${CASES} generated query strings to ${target.path}: no 5xx, clear 4xx or the default view`, async ({
      request,
    }) => {
      const r = rng(0xc0ffee + target.path.length);
      const urls = Array.from({ length: CASES }, () => `${target.path}?${randomQuery(r, target.keys, target.good)}`);
      const failures: string[] = [];
      await pool(urls, 8, async (url) => {
        const failure = await check(request, url, target.api);
        if (failure) failures.push(failure);
      });
      expect(failures.slice(0, 10)).toEqual([]);
    });
  }

  test("an invalid trade URL shows the notice and the default chart", async ({ request }) => {
    const html = await (await request.get("/trade?reporter=%3Cscript%3E&from=-5")).text();
    expect(html).toContain("Some settings in the address could not be used");
    expect(html).not.toContain("<script>alert");
    expect(html).toContain('data-series="japanToCambodia"');
  });
});
