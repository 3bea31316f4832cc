import { expect, test } from "./support/test";
import { readCsv } from "./support/data";

const events = readCsv("events.csv");
const year = (d: string) => Number(d.slice(0, 4));

test.describe("timeline", () => {
  test.use({ javaScriptEnabled: false });

  test("lists every event of events.csv, each with a source link", async ({ page }) => {
    await page.goto("/timeline");
    const items = page.locator("li.timeline-event");
    await expect(items).toHaveCount(events.length);
    await expect(page.locator("li.timeline-event .timeline-sources a")).toHaveCount(
      events.reduce((n, e) => n + (e.source ?? "").split(" ; ").length, 0),
    );
  });

  test("a year-only event is not shown as 1 January", async ({ page }) => {
    await page.goto("/timeline");
    const yearOnly = events.filter((e) => e.precision === "year");
    expect(yearOnly.length).toBeGreaterThan(0);
    for (const e of yearOnly) {
      const time = page.locator(`li.timeline-event time[datetime="${e.date}"]`).first();
      await expect(time).toHaveText(e.date!);
    }
    await expect(page.locator("li.timeline-event time", { hasText: /^1 January (1569|1604|1612)/ })).toHaveCount(0);
  });

  test("filters by era", async ({ page }) => {
    await page.goto("/timeline");
    await page
      .getByRole("navigation", { name: "Filter by era" })
      .getByRole("link", { name: /Cold War/ })
      .click();
    await expect(page).toHaveURL(/\/timeline\?era=cold-war$/);
    const expected = events.filter((e) => year(e.date!) >= 1954 && year(e.date!) <= 1991).length;
    await expect(page.locator("li.timeline-event")).toHaveCount(expected);
    await expect(page.locator('li.timeline-event:not([data-era="cold-war"])')).toHaveCount(0);
  });

  test("lists the newest event first on request, and the era links keep that order", async ({ page }) => {
    await page.goto("/timeline");
    await page.getByRole("link", { name: "newest first" }).click();
    await expect(page).toHaveURL(/\/timeline\?order=newest$/);
    // events.csv is in date order, as the timeline lists it by default.
    const items = page.locator("li.timeline-event");
    await expect(items.first().locator("time").first()).toHaveAttribute("datetime", events.at(-1)!.date!);
    await expect(items.last().locator("time").first()).toHaveAttribute("datetime", events[0]!.date!);
    await page
      .getByRole("navigation", { name: "Filter by era" })
      .getByRole("link", { name: /Cold War/ })
      .click();
    await expect(page).toHaveURL(/\/timeline\?era=cold-war&order=newest$/);
    const coldWar = events.filter((e) => year(e.date!) >= 1954 && year(e.date!) <= 1991);
    await expect(items.first().locator("time").first()).toHaveAttribute("datetime", coldWar.at(-1)!.date!);
  });

  test("an unknown era shows the whole timeline", async ({ page }) => {
    // The notice naming the parameter needs JavaScript (README, "How pages are cached"): checked below.
    await page.goto("/timeline?era=bronze-age");
    await expect(page.locator("li.timeline-event")).toHaveCount(events.length);
  });

  test("the 1941 events link to the map in the annexed phase", async ({ page, request }) => {
    await page.goto("/timeline");
    const items = page.locator('li.timeline-event[id^="1941-"]');
    const n = events.filter((e) => e.date!.startsWith("1941")).length;
    await expect(items).toHaveCount(n);
    for (let i = 0; i < n; i++) {
      await expect(items.nth(i).locator('a[href="/map?phase=annexed"]')).toHaveCount(1);
    }
    // The map view may be built separately; when it is there, the link must land on it.
    const map = await request.get("/map?phase=annexed");
    if (map.status() !== 404) {
      expect(map.status()).toBe(200);
      await items.first().locator('a[href="/map?phase=annexed"]').click();
      await expect(page).toHaveURL(/\/map\?phase=annexed/);
    }
  });

  test("deep links: #id and ?event= both point at one event", async ({ page }) => {
    await page.goto("/timeline?event=1945-03-09-japanese-coup-in-french-indochina");
    const item = page.locator('[id="1945-03-09-japanese-coup-in-french-indochina"]');
    await expect(item).toHaveAttribute("data-highlighted", "true");
    await expect(item).toContainText("Date disputed");
    await expect(item).toContainText("February 1945");
  });

  test("aid events open the aid chart at their year", async ({ page }) => {
    await page.goto("/timeline");
    const link = page.locator('[id="1968-first-japanese-loan-to-cambodia"] a[href^="/aid?year=1968"]');
    await expect(link).toHaveCount(1);
    await link.click();
    await expect(page).toHaveURL(/\/aid\?year=1968/);
    // Each bar sits in a group that carries its year and value.
    const highlighted = page.locator('[data-chart="aid-static"][data-size="wide"] rect.bar--highlight');
    await expect(highlighted).toHaveCount(1);
    await expect(highlighted.locator("xpath=..")).toHaveAttribute("data-year", "1968");
  });
});

test.describe("timeline links to the map's return phase", () => {
  test.use({ javaScriptEnabled: false });
  test("the 1946 return opens the map in today's phase", async ({ page }) => {
    const returns = events.filter((e) => e.date!.startsWith("1946"));
    test.skip(returns.length === 0, "no 1946 event in events.csv");
    await page.goto("/timeline");
    const link = page.locator('li.timeline-event[id^="1946-"] a[href="/map?phase=today"]').first();
    await link.click();
    await expect(page).toHaveURL(/\/map\?phase=today/);
  });
});

test.describe("timeline notices", () => {
  test("an unknown era or event is named in a notice", async ({ page }) => {
    await page.goto("/timeline?era=bronze-age&event=no-such-event");
    const notice = page.getByTestId("param-notice");
    await expect(notice).toContainText("bronze-age");
    await expect(notice).toContainText("No event has the id “no-such-event”");
    await expect(page.locator("li.timeline-event")).toHaveCount(events.length);
  });
});
