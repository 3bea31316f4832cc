import { expect, test } from "./support/test";
import { readCsv } from "./support/data";

test("the overview shows the latest trade figures with their source and links to the view", async ({ page }) => {
  const rows = readCsv("trade_japan_cambodia.csv").filter((r) => r.series === "imf_dots_japan_reported");
  const years = (flow: string) => new Set(rows.filter((r) => r.flow === flow).map((r) => r.year));
  const both = [...years("japan_to_cambodia")].filter((y) => years("cambodia_to_japan").has(y)).map(Number);
  const latest = Math.max(...both);
  const value = (flow: string) => Number(rows.find((r) => r.flow === flow && Number(r.year) === latest)!.value);
  const fmt = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 3 }).replace("-", "−");

  await page.goto("/");
  const headline = page.getByTestId("trade-headline");
  await expect(headline.getByRole("heading")).toHaveText(`Trade in ${latest}`);
  await expect(headline).toContainText(`USD ${fmt(value("japan_to_cambodia"))} m`);
  await expect(headline).toContainText(`USD ${fmt(value("cambodia_to_japan"))} m`);
  await expect(headline).toContainText("Source: IMF, Direction of Trade Statistics");
  await expect(headline).toContainText("derived");
  await headline.getByRole("link", { name: /Trade since 1960/ }).click();
  await expect(page).toHaveURL(/\/trade$/);
  await expect(page.getByRole("link", { name: "Trade", exact: true })).toHaveAttribute("aria-current", "page");
});
