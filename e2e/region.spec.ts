import { expect, test } from "./support/test";
import { millions2 } from "./support/aid";
import { showInteractiveChart } from "./support/chart";
import { button, download } from "./support/export";
import { aidIn, aidSums, cambodiaStanding, importsIn, lastCambodiaYear, ordinal, share2, usd3 } from "./support/region";

const y2019 = importsIn(2019);
const s2019 = cambodiaStanding(y2019);
const s2000 = cambodiaStanding(importsIn(2000));
const sums = aidSums(1992, 2023);

test.describe("region API", () => {
  test("2019 imports: Cambodia's rank, the partners ahead and its share, as computed from the CSV", async ({
    request,
  }) => {
    const res = await request.get("/api/region?measure=imports&from=2000&to=2019");
    expect(res.status()).toBe(200);
    const body = (await res.json()) as {
      standing: {
        year: number;
        rank: number;
        sharePct: number;
        value: number;
        ahead: { partner: string; value: number }[];
      }[];
    };
    const row = body.standing.find((s) => s.year === 2019)!;
    expect(row.rank).toBe(s2019.rank);
    expect(row.value).toBe(y2019.get("KHM"));
    expect(row.ahead.map((a) => [a.partner, a.value])).toEqual(s2019.ahead);
    expect(share2(row.sharePct)).toBe(share2(s2019.sharePct));
    expect(share2(body.standing.find((s) => s.year === 2000)!.sharePct)).toBe(share2(s2000.sharePct));
  });

  test("1992–2023 net ODA sums per partner, as computed from the CSV", async ({ request }) => {
    const res = await request.get("/api/region?measure=aid&from=1992&to=2023");
    expect(res.status()).toBe(200);
    const body = (await res.json()) as { aidSums: { partner: string; sumUsd: number }[] };
    expect(body.aidSums.map((s) => s.partner)).toEqual([...sums.entries()].sort((a, b) => b[1] - a[1]).map(([p]) => p));
    for (const s of body.aidSums) expect(millions2(s.sumUsd)).toBe(millions2(sums.get(s.partner)!));
  });

  test("is cacheable: ETag and 304", async ({ request }) => {
    const first = await request.get("/api/region?partners=KHM,THA");
    expect(first.headers()["cache-control"]).toMatch(/public/);
    const etag = first.headers()["etag"]!;
    expect(etag).toBeTruthy();
    const again = await request.get("/api/region?partners=KHM,THA", { headers: { "If-None-Match": etag } });
    expect(again.status()).toBe(304);
    const csv = await request.get("/api/region?partners=KHM&from=2019&to=2019&format=csv");
    expect(csv.headers()["content-type"]).toMatch(/text\/csv/);
    expect(await csv.text()).toContain("2019,KHM,Cambodia,imports,1727.39,USD_million");
  });

  for (const [query, param] of [
    ["partners=KHM,XXX", "partners"],
    ["measure=gdp", "measure"],
    ["from=1800", "from"],
    ["format=xml", "format"],
  ] as const) {
    test(`?${query} is a 400 naming ${param}`, async ({ request }) => {
      const res = await request.get(`/api/region?${query}`);
      expect(res.status()).toBe(400);
      expect(((await res.json()) as { parameter: string }).parameter).toBe(param);
    });
  }
});

test.describe("region page", () => {
  test("shows the 2019 rank, values and shares, computed from the CSV", async ({ page }) => {
    await page.goto("/region");
    const row = page.locator('#region-table tr[data-year="2019"]');
    await expect(row.locator('[data-col="rank"]')).toHaveText(ordinal(s2019.rank));
    await expect(row.locator('[data-partner="KHM"]')).toHaveText(usd3(y2019.get("KHM")!));
    for (const [p, v] of s2019.ahead) await expect(row.locator(`[data-partner="${p}"]`)).toHaveText(usd3(v));
    await expect(row.locator('[data-col="share"]')).toHaveText(share2(s2019.sharePct));
    await expect(page.locator('#region-table tr[data-year="2000"] [data-col="share"]')).toHaveText(
      share2(s2000.sharePct),
    );
    await expect(page.locator('a[href="/region"][aria-current="page"]')).toBeVisible();
  });

  test("shows the 1992–2023 aid sums and explains negative net ODA", async ({ page }) => {
    await page.goto("/region?measure=aid&from=1992");
    for (const [p, v] of sums)
      await expect(page.locator(`#region-aid-sums tr[data-partner="${p}"] [data-col="sum"]`)).toHaveText(millions2(v));
    const note = page.getByTestId("negative-aid-note");
    await expect(note).toContainText("Thailand in");
    await expect(note).toContainText("loan repayments");
    await expect(page.getByTestId("chart-note").filter({ hasText: "below zero" })).toBeVisible();
  });

  test("marks pre-1976 Vietnam years only where they are shown", async ({ page }) => {
    await page.goto("/region");
    await expect(page.getByTestId("vietnam-note")).toContainText("South Vietnam, North Vietnam or both");
    await expect(page.locator('#region-table tr[data-year="1975"] [data-partner="VNM"] sup')).toHaveText("*");
    await expect(page.locator('#region-table tr[data-year="1976"] [data-partner="VNM"] sup')).toHaveCount(0);
    await page.goto("/region?from=1976");
    await expect(page.getByTestId("vietnam-note")).toHaveCount(0);
    await page.goto("/region?partners=KHM,THA");
    await expect(page.getByTestId("vietnam-note")).toHaveCount(0);
  });

  test("partner selection by keyboard changes the lines, the table and the URL", async ({ page }) => {
    await page.goto("/region");
    // The interactive chart appears only once React has hydrated, so the key press reaches the island.
    await showInteractiveChart(page);
    const laos = page.getByRole("checkbox", { name: "Laos" });
    await laos.focus();
    await page.keyboard.press("Space");
    await expect(page).toHaveURL(/\/region\?partners=KHM,MMR,THA,VNM$/);
    await expect(laos).not.toBeChecked();
    await expect(page.locator("#region-table thead th[data-partner]")).toHaveCount(4);
    await expect(page.locator('#region-table th[data-partner="LAO"]')).toHaveCount(0);
    await expect(page.locator('[data-chart="region-interactive"] .recharts-line')).toHaveCount(4);
    await page.keyboard.press("Space");
    await expect(page).toHaveURL(/\/region$/);
    await expect(page.locator("#region-table thead th[data-partner]")).toHaveCount(5);
  });

  test("a shared URL restores the view", async ({ page }) => {
    await page.goto("/region?measure=exports&partners=KHM,MMR&scale=linear");
    await expect(page.getByRole("radio", { name: "Japan's exports" })).toBeChecked();
    await expect(page.getByRole("radio", { name: "Linear" })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "Myanmar" })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "Thailand" })).not.toBeChecked();
    await expect(page.locator("#region-table thead th[data-partner]")).toHaveCount(2);
    const svg = page.locator('[data-chart="region-static"][data-size="wide"]');
    await expect(svg.locator("path[data-series]")).toHaveCount(2);
  });

  test("the export menu downloads the current view", async ({ page }) => {
    await page.goto("/region?measure=exports&partners=KHM,THA&from=2010");
    await showInteractiveChart(page);
    const csv = await download(page, button(page, "CSV"));
    expect(csv.name).toBe("japan-mainland-southeast-asia-exports-2010-2020.csv");
    const lines = csv.bytes.toString("utf8").trim().split(/\r?\n/);
    expect(lines).toHaveLength(1 + 11 * 2);
    const svg = await download(page, button(page, "SVG"));
    expect(svg.name).toBe("japan-mainland-southeast-asia-exports-2010-2020.svg");
    expect(svg.bytes.toString("utf8")).toContain("Japan&apos;s exports to its mainland Southeast Asian partners");
  });

  test("the chart is walked by keyboard, one partner after another", async ({ page }) => {
    await page.goto("/region?from=2015&to=2019");
    const live = page.locator("[data-chart-announcer]").first();
    await page.locator(".chart-access__region").first().focus();
    await page.keyboard.press("ArrowDown");
    await expect(live).toContainText("Cambodia");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await expect(live).toContainText(`2015: USD ${usd3(importsIn(2015).get("KHM")!)} million`);
  });

  for (const view of ["/region", "/region?measure=aid&from=1992"]) {
    test(`${view}: the static SVG and the Recharts chart show the same axes and lines`, async ({ page }) => {
      await page.goto(view);
      const svg = page.locator('[data-chart="region-static"][data-size="wide"]');
      const ticks = (sel: string) => svg.locator(sel).allTextContents();
      const [xs, ys, lines] = [
        await ticks(".x-axis text"),
        await ticks(".y-axis text"),
        await svg.locator("path[data-series]").count(),
      ];
      expect(ys.length).toBeGreaterThan(1);
      await showInteractiveChart(page);
      const live = page.locator('[data-chart="region-interactive"]');
      const liveTicks = (axis: string) =>
        live.locator(`.recharts-${axis}-tick-labels .recharts-cartesian-axis-tick-value`).allTextContents();
      expect(await liveTicks("xAxis")).toEqual(xs);
      expect(await liveTicks("yAxis")).toEqual(ys);
      await expect(live.locator(".recharts-line")).toHaveCount(lines);
    });
  }

  test("bad partners and measure give a notice", async ({ page }) => {
    await page.goto("/region?partners=KHM,XXX&measure=gdp");
    const notice = page.getByTestId("param-notice");
    await expect(notice).toContainText("“partners” = “XXX”");
    await expect(notice).toContainText("“measure” = “gdp”");
    await expect(page.locator("#region-table thead th[data-partner]")).toHaveCount(5);
  });
});

test("the overview card gives Cambodia's latest rank in imports and in net aid, computed from the CSVs", async ({
  page,
}) => {
  const iy = lastCambodiaYear("trade_japan_mainland_sea.csv", "flow", "japan_imports_from_partner", "partner_iso3");
  const ay = lastCambodiaYear("aid_japan_mainland_sea.csv", "category", "net_bilateral_oda", "recipient_iso3");
  const ir = cambodiaStanding(importsIn(iy)).rank;
  const ar = cambodiaStanding(aidIn(ay)).rank;
  await page.goto("/");
  const card = page.getByTestId("headline-region-rank");
  await expect(card).toContainText(`${ordinal(ir)} in imports (${iy}), ${ordinal(ar)} in net aid (${ay})`);
  await page.getByRole("link", { name: /Cambodia next to Laos/ }).click();
  await expect(page).toHaveURL(/\/region$/);
});

test.describe("region page without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("renders the chart and the table, and the form applies a selection", async ({ page }) => {
    await page.goto("/region");
    const svg = page.locator('[data-chart="region-static"][data-size="wide"]');
    await expect(svg.locator("path[data-series]")).toHaveCount(5);
    await expect(page.locator("#region-table tbody tr")).toHaveCount(61);
    await page.getByRole("checkbox", { name: "Laos" }).uncheck();
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/partners=KHM&partners=MMR/);
    await expect(page.locator("#region-table thead th[data-partner]")).toHaveCount(4);
    await expect(svg.locator("path[data-series]")).toHaveCount(4);
  });
});
