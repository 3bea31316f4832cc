import { expect, test, type Page } from "./support/test";
import { KEY_EVENTS } from "../lib/transform/event-links";
import { readCsv } from "./support/data";
import { showInteractiveChart } from "./support/chart";

/** The default trade view's years, read from the CSVs: Japan-reported figures in US dollars (IMF and press). */
function japanRange(): { from: number; to: number } {
  const years = [...readCsv("trade_japan_cambodia.csv"), ...readCsv("trade_additional.csv")]
    .filter((r) => r.reporter === "Japan" && r.unit === "USD_million")
    .map((r) => Number(r.year));
  return { from: Math.min(...years), to: Math.max(...years) };
}

/** Key events whose year (from events.csv) falls in [from, to]. */
function keyEventIds(from: number, to: number): string[] {
  const years = new Map(readCsv("events.csv").map((e) => [e.date!, Number(e.date!.slice(0, 4))]));
  return KEY_EVENTS.filter((k) => {
    const date = [...years.keys()].find((d) => k.id.startsWith(`${d}-`));
    const year = date ? years.get(date)! : NaN;
    return year >= from && year <= to;
  }).map((k) => k.id);
}

/** The CSV's Japan-reported IMF values for a year, by flow. */
function imfValues(year: number): Record<string, number> {
  return Object.fromEntries(
    readCsv("trade_japan_cambodia.csv")
      .filter((r) => r.series === "imf_dots_japan_reported" && Number(r.year) === year)
      .map((r) => [r.flow!, Number(r.value)]),
  );
}

async function interactive(page: Page) {
  await showInteractiveChart(page);
}

const list = (page: Page) => page.getByRole("navigation", { name: "Key events marked on the chart" });

test.describe("trade chart event markers", () => {
  test("are shown by default, each linking to an event that exists on the timeline", async ({ page }) => {
    const { from, to } = japanRange();
    const expected = keyEventIds(from, to);
    expect(expected.length).toBeGreaterThan(2);
    await page.goto("/trade");
    await interactive(page);
    const markers = page.locator("figure[data-interactive=true] a.event-marker");
    await expect(markers).toHaveCount(expected.length);
    expect(await markers.evaluateAll((els) => els.map((e) => e.getAttribute("data-event-id")))).toEqual(expected);
    const links = list(page).getByRole("link");
    await expect(links).toHaveCount(expected.length);
    for (const [i, id] of expected.entries()) await expect(links.nth(i)).toHaveAttribute("href", `/timeline#${id}`);
    // Every anchor resolves on the timeline.
    await page.goto("/timeline");
    for (const id of expected) await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
  });

  test("a marker's link opens the timeline at its event", async ({ page }) => {
    await page.goto("/trade");
    await interactive(page);
    const first = list(page).getByRole("link").first();
    const href = (await first.getAttribute("href"))!;
    await first.click();
    await expect(page).toHaveURL(new RegExp(`/timeline${href.slice("/timeline".length)}$`));
    await expect(page.locator(`[id="${href.split("#")[1]}"]`)).toBeVisible();
  });

  test("the toggle hides them and round-trips in the URL", async ({ page }) => {
    await page.goto("/trade");
    await interactive(page);
    await page.getByRole("radio", { name: "Hide" }).check();
    await expect(page).toHaveURL(/[?&]events=off\b/);
    await expect(page.locator("a.event-marker")).toHaveCount(0);
    await expect(list(page)).toHaveCount(0);
    await page.reload();
    await interactive(page);
    await expect(page.getByRole("radio", { name: "Hide" })).toBeChecked();
    await expect(page.locator("a.event-marker")).toHaveCount(0);
    await page.getByRole("radio", { name: "Show" }).check();
    await expect(page).not.toHaveURL(/events=/);
    await expect(page.locator("figure[data-interactive=true] a.event-marker").first()).toBeAttached();
  });

  test("only events inside the chosen range are marked", async ({ page }) => {
    await page.goto("/trade?from=1990&to=2000");
    await interactive(page);
    await expect(list(page).getByRole("link")).toHaveCount(keyEventIds(1990, 2000).length);
  });
});

test.describe("trade year highlight", () => {
  test("?year= highlights the year and gives its values as in the CSV", async ({ page }) => {
    const year = 2006;
    const values = imfValues(year);
    await page.goto(`/trade?year=${year}`);
    const note = page.getByTestId("trade-highlight");
    await expect(note).toContainText(`Highlighted: ${year}`);
    for (const key of ["japanToCambodia", "cambodiaToJapan"] as const) {
      const flow = key === "japanToCambodia" ? "japan_to_cambodia" : "cambodia_to_japan";
      await expect(note.locator(`[data-series=${key}] strong`)).toHaveAttribute("data-value", String(values[flow]));
    }
    await expect(note.locator("[data-series=balance]")).toContainText("derived");
    await interactive(page);
    await expect(page.locator("figure[data-interactive=true] .highlight-band")).toHaveCount(1);
    await expect(page.locator("figure[data-interactive=true] .bar--highlight")).toHaveCount(2);
  });

  test("an invalid or out-of-range year gives a notice and no highlight", async ({ page }) => {
    for (const qs of ["year=20x6", "from=2000&year=1995"]) {
      await page.goto(`/trade?${qs}`);
      await expect(page.getByTestId("param-notice")).toContainText("nothing is highlighted");
      await expect(page.getByTestId("trade-highlight")).toHaveCount(0);
    }
  });

  test("a trade event on the timeline opens the trade chart at its year", async ({ page }) => {
    await page.goto("/timeline");
    const link = page.locator('[id="2007-06-14-new-partnership-joint-statement-and"] a[href="/trade?year=2007"]');
    await expect(link).toHaveCount(1);
    await link.click();
    await expect(page).toHaveURL(/\/trade\?year=2007$/);
    await expect(page.getByTestId("param-notice")).toHaveCount(0);
    await expect(page.getByTestId("trade-highlight")).toContainText("Highlighted: 2007");
    await expect(page.getByTestId("trade-highlight").locator("[data-series=japanToCambodia] strong")).toHaveAttribute(
      "data-value",
      String(imfValues(2007).japan_to_cambodia),
    );
  });
});

test.describe("trade markers and highlight without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the server's SVG has the markers, the list under it their links, and the highlighted year", async ({
    page,
  }) => {
    const { from, to } = japanRange();
    const expected = keyEventIds(from, to);
    await page.goto("/trade?year=2006");
    const svgMarkers = page.locator("svg.chart-static--wide .event-marker");
    await expect(svgMarkers).toHaveCount(expected.length);
    // The figure is an image (role="img"): it holds no links; the list under it does, in the same order.
    await expect(page.locator("svg.chart-static--wide a")).toHaveCount(0);
    const links = list(page).getByRole("link");
    await expect(links).toHaveCount(expected.length);
    for (const [i, id] of expected.entries()) {
      await expect(svgMarkers.nth(i)).toHaveAttribute("data-event-id", id);
      await expect(links.nth(i)).toHaveAttribute("href", `/timeline#${id}`);
    }
    await expect(page.locator("svg.chart-static--wide .highlight-band")).toHaveAttribute("data-year", "2006");
    await expect(page.locator('svg.chart-static--wide g[data-year="2006"] rect.bar--highlight')).toHaveCount(2);
    await expect(page.getByTestId("trade-highlight")).toContainText("Highlighted: 2006");
  });

  test("the form's toggle hides the markers and keeps the highlighted year", async ({ page }) => {
    await page.goto("/trade?year=2006");
    await page.getByRole("radio", { name: "Hide" }).check();
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/events=off/);
    await expect(page).toHaveURL(/year=2006/);
    await expect(page.locator("svg.chart-static--wide a.event-marker")).toHaveCount(0);
    await expect(page.getByTestId("trade-highlight")).toContainText("Highlighted: 2006");
  });
});
