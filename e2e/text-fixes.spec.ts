import { expect, test } from "./support/test";
import { readCsv } from "./support/data";

const fmt = (v: string) => new Intl.NumberFormat("en-US", { maximumFractionDigits: 3 }).format(Number(v));

test.describe("wording that follows the data", () => {
  test.use({ javaScriptEnabled: false });

  test("the overview says the aid share is of DAC donors only", async ({ page }) => {
    await page.goto("/");
    const main = page.locator("main");
    await expect(main).toContainText(/its share of all DAC donors['’] aid/);
    await expect(main).not.toContainText("share of all donors");
  });

  test("the trade sources state how many Cambodia-reported values are IMF estimates, and which years", async ({
    page,
  }) => {
    const rows = readCsv("trade_japan_cambodia.csv");
    const flagged = rows.filter((r) => /flagged 'e'/.test(r.notes ?? ""));
    const cambodia = flagged.filter((r) => r.series === "imf_dots_cambodia_reported");
    const years = cambodia.map((r) => Number(r.year));
    const from = Math.min(...years);
    const to = Math.max(...years);
    // The claim "all" holds only if no Cambodia-reported value inside the span is unflagged.
    const inSpan = rows.filter(
      (r) => r.series === "imf_dots_cambodia_reported" && Number(r.year) >= from && Number(r.year) <= to,
    );
    expect(inSpan.length).toBe(cambodia.length);
    expect(flagged.length).toBe(cambodia.length);
    await page.goto("/trade");
    await expect(page.getByTestId("estimate-coverage")).toHaveText(
      `(all ${cambodia.length} Cambodia-reported values of ${from}–${to}, and no others)`,
    );
    await expect(page.getByTestId("sources-panel")).not.toContainText("most Cambodia-reported years");
  });

  test("no maintainer note reaches the trade page; the yen figures are still listed", async ({ page }) => {
    const yen = readCsv("trade_japan_cambodia.csv").filter((r) => r.series === "japan_mof_yen_press");
    await page.goto("/trade");
    const panel = page.getByTestId("sources-panel");
    for (const r of yen) await expect(panel).toContainText(`JPY ${fmt(r.value!)} billion`);
    await expect(page.locator("body")).not.toContainText(/verify against|before display|CAUTION/i);
  });

  test("both press totals of JETRO's 2020 two-way trade are shown with their sources", async ({ page }) => {
    const totals = [...readCsv("trade_japan_cambodia.csv"), ...readCsv("trade_additional.csv")].filter(
      (r) => r.flow === "total_bilateral" && r.year === "2020",
    );
    expect(totals.length).toBe(2);
    await page.goto("/trade");
    const pair = page.getByTestId("pair-total-2020");
    await expect(pair.locator("li")).toHaveCount(2);
    for (const r of totals) {
      await expect(pair).toContainText(`${fmt(r.value!)} USD million`);
      await expect(pair.getByRole("link", { name: r.source_title })).toHaveAttribute(
        "href",
        r.source_url_or_repo_path!,
      );
    }
  });

  test("both CDC cumulative investment figures of 2021 are shown with their sources", async ({ page }) => {
    const cdc = readCsv("other_indicators.csv").filter(
      (r) => r.indicator === "japanese_fdi_cumulative_cdc" && r.year === "2021",
    );
    expect(cdc.length).toBe(2);
    await page.goto("/");
    const pair = page.getByTestId("pair-fdi-2021");
    await expect(pair.locator("li")).toHaveCount(2);
    for (const r of cdc) {
      await expect(pair).toContainText(`${fmt(r.value!)} USD million`);
      // The project counts are in each row's notes.
      await expect(pair).toContainText(r.notes!.split(" (")[0]!);
      await expect(pair.getByRole("link", { name: r.source_title })).toHaveAttribute("href", r.source!);
    }
  });
});
