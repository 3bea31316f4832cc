import { expect, test, type Page } from "./support/test";
import { showInteractiveChart } from "./support/chart";

/** Boxes of every visible, non-empty text in the page's charts, from the DOM. */
async function textBoxes(page: Page, selector: string) {
  return page.locator(selector).evaluateAll((svgs) =>
    svgs.flatMap((svg, figure) =>
      [...svg.querySelectorAll("text")]
        .filter((t) => (t.textContent ?? "").trim() !== "")
        .map((t) => ({ figure, text: t.textContent ?? "", r: t.getBoundingClientRect() }))
        .filter((b) => b.r.width > 0 && b.r.height > 0)
        .map((b) => ({ figure: b.figure, text: b.text, x: b.r.x, y: b.r.y, w: b.r.width, h: b.r.height })),
    ),
  );
}

function overlaps(boxes: Awaited<ReturnType<typeof textBoxes>>): string[] {
  const out: string[] = [];
  const e = 0.5; // sub-pixel rounding of glyph boxes
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      if (a.x + a.w - e > b.x && b.x + b.w - e > a.x && a.y + a.h - e > b.y && b.y + b.h - e > a.y)
        out.push(`“${a.text}” / “${b.text}”`);
    }
  return out;
}

test.describe("charts on a 390 px phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const view of [
    "/trade",
    "/trade?reporter=both&from=1994&to=2020",
    "/trade?year=2013",
    "/aid",
    "/aid?year=1985",
  ]) {
    test(`${view}: no two text boxes overlap, before and after the chart loads`, async ({ page }) => {
      await page.goto(view);
      const narrow = page.locator("svg.chart-static--narrow").first();
      await expect(narrow).toBeVisible();
      // Phones get the taller figure.
      const box = (await narrow.boundingBox())!;
      expect(box.height).toBeGreaterThan(box.width);
      const before = await textBoxes(page, "svg.chart-static--narrow");
      expect(before.length).toBeGreaterThan(5);
      expect(overlaps(before)).toEqual([]);

      await showInteractiveChart(page);
      const after = await textBoxes(page, ".chart-fill svg.recharts-surface");
      expect(after.length).toBeGreaterThan(5);
      expect(overlaps(after)).toEqual([]);
    });
  }
});
