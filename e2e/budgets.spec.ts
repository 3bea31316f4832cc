import { readFileSync } from "node:fs";
import { expect, test } from "./support/test";
import { measureFirstLoad } from "../scripts/lib/first-load";
import { measureHtml } from "../scripts/lib/html-bytes";
import { EMBED_PAGES } from "./support/routes";

const budgets = JSON.parse(readFileSync("budgets.json", "utf8")) as { routes: Record<string, number> };

test.describe("first-load JavaScript budgets", () => {
  for (const [route, budgetKiB] of Object.entries(budgets.routes)) {
    test(`${route} stays within ${budgetKiB} KiB gzip`, async ({ baseURL }) => {
      const result = await measureFirstLoad(baseURL!, route);
      const kib = result.gzipBytes / 1024;
      expect(result.scripts.length, `${route} loads no scripts: the measurement is broken`).toBeGreaterThan(0);
      expect(
        kib,
        `${route}: first-load JS is ${kib.toFixed(1)} KiB gzip, over its budget of ${budgetKiB} KiB (budgets.json)`,
      ).toBeLessThanOrEqual(budgetKiB);
    });
  }
});

test.describe("embeds load no more first-load JavaScript than their full pages", () => {
  for (const route of EMBED_PAGES.map((p) => p.replace(/^\/embed/, ""))) {
    test(`/embed${route} ≤ ${route}`, async ({ baseURL }) => {
      const [embed, full] = await Promise.all([
        measureFirstLoad(baseURL!, `/embed${route}`),
        measureFirstLoad(baseURL!, route),
      ]);
      expect(embed.scripts.length, "no scripts measured: the measurement is broken").toBeGreaterThan(0);
      expect(embed.gzipBytes).toBeLessThanOrEqual(full.gzipBytes);
    });
  }
});

type HtmlBudgets = {
  html: { routes: Record<string, number>; targets: Record<string, number> };
  payload: { target: number; routes: Record<string, number> };
};
const bytes = budgets as unknown as HtmlBudgets;

test.describe("HTML byte budgets", () => {
  for (const [route, budgetKiB] of Object.entries(bytes.html.routes)) {
    test(`${route}: HTML within ${budgetKiB} KiB gzip, inline payload within ${bytes.payload.routes[route]}× its markup`, async ({
      request,
    }) => {
      const target = bytes.html.targets[route];
      expect(target, `${route} has no target in budgets.json`).toBeDefined();
      const res = await request.get(route);
      expect(res.status()).toBe(200);
      const m = measureHtml(await res.text());
      expect(m.payloadBytes, `${route} has no inline payload: the measurement is broken`).toBeGreaterThan(0);
      const kib = m.gzipBytes / 1024;
      expect(kib, `${route}: HTML is ${kib.toFixed(1)} KiB gzip (target ${target} KiB)`).toBeLessThanOrEqual(budgetKiB);
      const ratio = m.payloadBytes / m.markupBytes;
      const maxRatio = bytes.payload.routes[route] ?? bytes.payload.target;
      expect(
        ratio,
        `${route}: payload is ${ratio.toFixed(2)}× the markup (target ${bytes.payload.target})`,
      ).toBeLessThanOrEqual(maxRatio);
    });
  }
});
