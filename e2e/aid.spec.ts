import { expect, test } from "./support/test";
import { japanOdaByYear, millions2 } from "./support/aid";
import { showInteractiveChart } from "./support/chart";

const oda = japanOdaByYear();
const yearsWithData = (from: number, to: number) => [...oda.keys()].filter((y) => y >= from && y <= to).length;

test.describe("aid view, interactive", () => {
  test("invalid settings name each bad parameter", async ({ page }) => {
    await page.goto("/aid?from=abc&to=1900&events=maybe");
    const notice = page.getByTestId("param-notice");
    await expect(notice).toContainText("“from” must be a four-digit year");
    await expect(notice).toContainText("“events” = “maybe”");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/1960–2023/);
  });

  test("bar count equals the years with data in the range", async ({ page }) => {
    const [from, to] = [1975, 2000];
    await page.goto(`/aid?from=${from}&to=${to}`);
    const chart = page.locator('[data-chart="aid-interactive"]');
    await showInteractiveChart(page);
    await expect(chart.locator("svg.recharts-surface").first()).toBeVisible();
    const expected = yearsWithData(from, to);
    expect(expected).toBeLessThan(to - from + 1); // the range includes the 1984–1987 gap
    await expect(chart.locator(".recharts-bar-rectangle path")).toHaveCount(expected);
  });

  test("changing the range updates the URL, the chart and the server-rendered table", async ({ page }) => {
    await page.goto("/aid");
    await showInteractiveChart(page);
    await expect(page.locator('[data-chart="aid-interactive"] svg.recharts-surface').first()).toBeVisible();
    await page.getByLabel("From year").selectOption("1990");
    await page.getByLabel("To year").selectOption("2000");
    await expect(page).toHaveURL(/\/aid\?from=1990&to=2000$/);
    await expect(page.locator('[data-chart="aid-interactive"] .recharts-bar-rectangle path')).toHaveCount(
      yearsWithData(1990, 2000),
    );
    await expect(page.locator("#aid-table tbody tr")).toHaveCount(11);
  });

  test("event markers link to the timeline, and can be hidden", async ({ page }) => {
    await page.goto("/aid");
    await showInteractiveChart(page);
    const marker = page.locator('[data-chart="aid-interactive"] a.event-marker').first();
    await expect(marker).toBeAttached();
    const href = await marker.getAttribute("href");
    expect(href).toMatch(/^\/timeline#[a-z0-9-]+$/);
    await page.goto(href!);
    const id = href!.split("#")[1]!;
    await expect(page.locator(`[id="${id}"]`)).toBeVisible();
    await page.goto("/aid?events=off");
    await showInteractiveChart(page);
    await expect(page.locator('[data-chart="aid-interactive"] svg.recharts-surface').first()).toBeVisible();
    await expect(page.locator("a.event-marker")).toHaveCount(0);
  });

  test("a timeline link highlights the year", async ({ page }) => {
    await page.goto("/aid?year=1968");
    await showInteractiveChart(page);
    await expect(page.locator('[data-chart="aid-interactive"]')).toContainText(
      `1968: USD ${millions2(oda.get(1968)!)} million`,
    );
  });
});

test.describe("aid view without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("server chart has one bar per year with data, and 1984–1987 as a gap", async ({ page }) => {
    await page.goto("/aid");
    const svg = page.locator('[data-chart="aid-static"][data-size="wide"]');
    const all = [...oda.keys()];
    await expect(svg.locator("rect.bar")).toHaveCount(yearsWithData(Math.min(...all), Math.max(...all)));
    for (const y of [1984, 1985, 1986, 1987]) {
      expect(oda.has(y)).toBe(false);
      await expect(svg.locator(`rect.bar[data-year="${y}"]`)).toHaveCount(0);
      await expect(page.locator(`#aid-table tr[data-year="${y}"] td`).first()).toHaveText("no data");
    }
    await expect(svg.locator('[data-gap="1984-1987"]')).toContainText("no data 1984–1987");
  });

  test("the computed 1992–2006 sum is shown next to the article's figure", async ({ page }) => {
    let sum = 0;
    let years = 0;
    for (const [y, v] of oda)
      if (y >= 1992 && y <= 2006) {
        sum += v;
        years++;
      }
    await page.goto("/aid");
    const box = page.getByTestId("article-comparison");
    await expect(box.getByTestId("article-figure")).toHaveText("some US$1.2 billion since 1992");
    const card = box.getByTestId("wdi-sum-1992-2006");
    await expect(card).toContainText(`USD ${millions2(sum)} million`);
    await expect(card).toContainText(years === 15 ? "1992–2006" : String(years));
  });

  test("invalid settings show the default view", async ({ page }) => {
    // A bad link shares its fallback's cached page; the notice naming the parameter needs
    // JavaScript (README, "How pages are cached"), and is checked with it below.
    await page.goto("/aid?from=abc&to=1900&events=maybe");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/1960–2023/);
    await expect(page.locator("svg.chart-static--wide .event-marker").first()).toBeAttached();
    await expect(page.getByRole("navigation", { name: "Key events marked on the chart" })).toBeVisible();
  });

  test("the summary, heading and table are server-rendered", async ({ page }) => {
    await page.goto("/aid?from=1990&to=2000");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Japan's aid to Cambodia, 1990–2000");
    await expect(page.getByTestId("aid-summary")).toContainText(
      `In 2000, Japan's net bilateral aid to Cambodia was USD ${millions2(oda.get(2000)!)} million`,
    );
    await expect(page.locator("#aid-table tbody tr")).toHaveCount(11);
  });
});

test.describe("GET /api/aid", () => {
  test("JSON with gaps as null", async ({ request }) => {
    const res = await request.get("/api/aid?from=1983&to=1988");
    expect(res.status()).toBe(200);
    const body = (await res.json()) as { series: { year: number; japan: number | null }[] };
    expect(body.series.map((p) => p.year)).toEqual([1983, 1984, 1985, 1986, 1987, 1988]);
    expect(body.series.filter((p) => p.japan === null).map((p) => p.year)).toEqual([1984, 1985, 1986, 1987]);
    expect(body.series[0]?.japan).toBe(oda.get(1983));
  });
  test("CSV", async ({ request }) => {
    const res = await request.get("/api/aid?from=1984&to=1988&format=csv");
    expect(res.headers()["content-type"]).toContain("text/csv");
    const lines = (await res.text()).trim().split("\n");
    expect(lines).toHaveLength(6);
    expect(lines[1]).toMatch(/^1984,,/);
  });
  test("responses carry an ETag and a repeat request with it gets a 304", async ({ request }) => {
    for (const url of ["/api/aid", "/api/aid?from=1990&to=2000&format=csv"]) {
      const res = await request.get(url);
      const etag = res.headers()["etag"] ?? "";
      expect(etag, url).toMatch(/^"[\w-]+"$/);
      expect(res.headers()["cache-control"]).toContain("max-age");
      const again = await request.get(url, { headers: { "If-None-Match": etag } });
      expect(again.status(), url).toBe(304);
      expect(await again.text()).toBe("");
      // Another range is another body, so another ETag.
      const other = await request.get(url.includes("?") ? "/api/aid?from=1991&to=2000&format=csv" : "/api/aid?to=2000");
      expect(other.headers()["etag"]).not.toBe(etag);
    }
  });
  for (const q of ["from=abc", "from=2010&to=2000", "to=1800", "format=xml", "colour=red", "from=1990&from=1991"]) {
    test(`400 on bad input: ${q}`, async ({ request }) => {
      const res = await request.get(`/api/aid?${q}`);
      expect(res.status()).toBe(400);
      const body = (await res.json()) as { error: string; parameter: string };
      // The message names the parameter that was refused.
      const param = q.split("=")[0]!;
      expect(body.parameter).toBe(param);
      expect(body.error).toContain(`“${param}”`);
    });
  }
});
