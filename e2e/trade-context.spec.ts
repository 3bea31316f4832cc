import { expect, test } from "./support/test";
import { readCsv } from "./support/data";

/** A share computed here from the CSVs, the way a reader would check it: bilateral ÷ world × 100. */
function shareFromCsv(reporter: "Japan" | "Cambodia", flow: string, world: string, year: number): number {
  const series = reporter === "Japan" ? "imf_dots_japan_reported" : "imf_dots_cambodia_reported";
  const num = readCsv("trade_japan_cambodia.csv").find(
    (r) => r.series === series && r.flow === flow && Number(r.year) === year,
  );
  const den = readCsv("trade_totals_world.csv").find(
    (r) => r.reporter === reporter && r.flow === world && Number(r.year) === year,
  );
  if (!num || !den) throw new Error(`no inputs for ${reporter} ${flow} ${year}`);
  return (Number(num.value) / Number(den.value)) * 100;
}
const pct = (v: number) =>
  `${new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(v)} %`;

const cambodiaInJapanImports = shareFromCsv("Japan", "cambodia_to_japan", "imports_from_world", 2019);
const japanInCambodiaExports = shareFromCsv("Cambodia", "cambodia_to_japan", "exports_to_world", 2019);

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the share view's table gives 2019's shares on both sides, computed from the two inputs", async ({ page }) => {
    await page.goto("/trade?reporter=both&measure=share&from=2015&to=2020");
    const row = page.getByTestId("share-table").locator("tr", { has: page.locator("th", { hasText: /^2019$/ }) });
    await expect(row.locator('td[data-share="japanImports"]')).toHaveText(pct(cambodiaInJapanImports));
    await expect(row.locator('td[data-share="cambodiaExports"]')).toHaveText(pct(japanInCambodiaExports));
    await expect(page.getByTestId("trade-summary")).toContainText("(derived)");
    await expect(page.getByTestId("share-sources")).toContainText("trade with the world");
    // The static chart draws two panels, one per side, each bar a share.
    await expect(page.locator('figure[data-interactive="false"]')).toHaveCount(2);
  });

  test("on the log scale the 1960s bars are visible, the axis reads powers of ten and the balance is left off with a note", async ({
    page,
  }) => {
    await page.goto("/trade?scale=log");
    const svg = page.locator('figure[data-interactive="false"] .chart-box svg').first();
    const bar = svg.locator('g[data-year="1965"][data-series="japanToCambodia"] rect.bar');
    const box = await bar.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(4);
    const ticks = await svg.locator(".y-axis text").allTextContents();
    expect(ticks.length).toBeGreaterThan(2);
    for (const t of ticks) {
      const e = Math.log10(Number(t.replace(/,/g, "")));
      expect(Math.abs(e - Math.round(e)), `tick ${t}`).toBeLessThan(1e-9);
    }
    await expect(svg.locator('path[data-series="balance"]')).toHaveCount(0);
    await expect(page.getByTestId("chart-notes")).toContainText("not drawn on the logarithmic scale");
    // The same 1965 bar on the linear scale is under 4 px: the reason the log scale exists.
    await page.goto("/trade");
    const linear = await page
      .locator('figure[data-interactive="false"] .chart-box svg')
      .first()
      .locator('g[data-year="1965"][data-series="japanToCambodia"] rect.bar')
      .boundingBox();
    expect(linear?.height ?? 0).toBeLessThan(4);
  });

  test("on the index scale every series reads 100 in the base year, and the table header says so", async ({ page }) => {
    await page.goto("/trade?from=2000&to=2010&scale=index&base=2005");
    const table = page.getByTestId("index-table");
    await expect(table.locator("caption")).toContainText("2005 = 100");
    const row = table.locator("tr", { has: page.locator("th", { hasText: /^2005$/ }) });
    await expect(row.locator("td")).toHaveText(["100.0", "100.0"]);
    // 2010 of Japan's imports from Cambodia, indexed by hand from the CSV.
    const v = (y: number) =>
      Number(
        readCsv("trade_japan_cambodia.csv").find(
          (r) => r.series === "imf_dots_japan_reported" && r.flow === "cambodia_to_japan" && Number(r.year) === y,
        )!.value,
      );
    const later = table
      .locator("tr", { has: page.locator("th", { hasText: /^2010$/ }) })
      .locator("td")
      .nth(1);
    await expect(later).toHaveText(((v(2010) / v(2005)) * 100).toFixed(1));
  });

  test("bad settings fall back with the view they name", async ({ page }) => {
    await page.goto("/trade?measure=shares&scale=cubic");
    await expect(page.getByTestId("trade-table")).toBeVisible();
    await expect(page.locator('select[name="scale"]')).toHaveValue("linear");
  });

  test("the overview's card sets each side's importance to the other side by side", async ({ page }) => {
    await page.goto("/");
    const card = page.getByTestId("headline-trade-importance");
    const year = Number(await card.getAttribute("data-year"));
    await expect(card.locator('[data-share="japanImports"]')).toHaveText(
      pct(shareFromCsv("Japan", "cambodia_to_japan", "imports_from_world", year)),
    );
    await expect(card.locator('[data-share="cambodiaExports"]')).toHaveText(
      pct(shareFromCsv("Cambodia", "cambodia_to_japan", "exports_to_world", year)),
    );
  });
});

test("the API gives derived share rows with both inputs' sources, and a 400 naming a bad measure", async ({
  request,
}) => {
  const res = await request.get("/api/trade?reporter=both&measure=share&from=2019&to=2019");
  expect(res.status()).toBe(200);
  expect(res.headers()["etag"]).toMatch(/^"/);
  const body = (await res.json()) as {
    unit: string;
    rows: { key: string; value: number | null; numerator: { source: string }; denominator: { source: string } }[];
  };
  expect(body.unit).toBe("percent");
  const japanImports = body.rows.find((r) => r.key === "japanImports")!;
  // Derived to six significant digits (the response's precision note).
  expect(japanImports.value).toBe(Number(cambodiaInJapanImports.toPrecision(6)));
  expect(japanImports.numerator.source).toContain("Japan workbook");
  expect(japanImports.denominator.source).toMatch(/\S/);
  const csv = await (await request.get("/api/trade?measure=share&from=2019&to=2019&format=csv")).text();
  expect(csv.split("\n")[0]).toContain("numerator_source,denominator_flow");
  const bad = await request.get("/api/trade?measure=percent");
  expect(bad.status()).toBe(400);
  expect(((await bad.json()) as { parameter: string }).parameter).toBe("measure");
});

test("the range slider moves the end year by keyboard, and the URL, the selects and the table follow", async ({
  page,
}) => {
  await page.goto("/trade?from=2000&to=2022");
  const to = page.getByRole("slider", { name: "Range end" });
  await to.focus();
  await page.keyboard.press("PageDown");
  await expect(to).toHaveAttribute("aria-valuenow", "2012");
  await expect(page).toHaveURL(/to=2012/);
  await expect(page.locator('select[name="to"]')).toHaveValue("2012");
  await expect(page.getByTestId("trade-table").locator("tbody tr").last().locator("th")).toHaveText("2012");
  // Focus stays on the thumb in the next view, so the keys carry on.
  await expect(page.getByRole("slider", { name: "Range end" })).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(/to=2013/);
  const from = page.getByRole("slider", { name: "Range start" });
  await from.focus();
  await page.keyboard.press("End");
  await expect(page.getByRole("slider", { name: "Range start" })).toHaveAttribute("aria-valuenow", "2013");
});

test("play steps the end year forward within the chosen range and stops at its end", async ({ page }) => {
  await page.goto("/trade?from=2010&to=2016");
  const end = page.getByRole("slider", { name: "Range end" });
  await expect(end).toHaveAttribute("aria-valuenow", "2016");
  await page.getByRole("button", { name: "Play years" }).click();
  // It starts from the year after the start year and advances by itself (the URL follows each
  // pause, so not every year need reach it)…
  await expect(page.getByRole("button", { name: "Pause" })).toBeVisible();
  await expect(page.getByRole("slider", { name: "Range end" })).not.toHaveAttribute("aria-valuenow", "2016");
  // …to the end the reader chose, never past it, and stops there: the chosen range is back.
  await expect(page.getByRole("button", { name: "Play years" })).toBeVisible({ timeout: 20_000 });
  await expect(page).toHaveURL(/\/trade\?from=2010&to=2016$/);
  await expect(page.getByRole("slider", { name: "Range end" })).toHaveAttribute("aria-valuenow", "2016");
  await expect(page.getByTestId("trade-table").locator("tbody tr").last().locator("th")).toHaveText("2016");
});

test("the mirror view ends where both sides' IMF figures end, unless later years are asked for", async ({ page }) => {
  const lastImf = (series: string) =>
    Math.max(
      ...readCsv("trade_japan_cambodia.csv")
        .filter((r) => r.series === series)
        .map((r) => Number(r.year)),
    );
  const bothEnd = Math.min(lastImf("imf_dots_japan_reported"), lastImf("imf_dots_cambodia_reported"));
  await page.goto("/trade?reporter=both");
  await expect(page.getByRole("slider", { name: "Range end" })).toHaveAttribute("aria-valuenow", String(bothEnd));
  await expect(page.getByRole("slider", { name: "Range end" })).not.toHaveAttribute("aria-valuemax", String(bothEnd));
  await page.goto(`/trade?reporter=both&to=${bothEnd + 2}`);
  await expect(page.getByRole("slider", { name: "Range end" })).toHaveAttribute("aria-valuenow", String(bothEnd + 2));
});

test("with reduced motion, play does not advance by itself: each press steps one year", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("/trade?from=2010&to=2018");
  await page.getByRole("button", { name: "Step a year" }).click();
  await expect(page).toHaveURL(/to=2019/);
  await page.waitForTimeout(1500);
  await expect(page).toHaveURL(/to=2019/);
});
