import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { measureFirstLoad } from "../scripts/lib/first-load";

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
