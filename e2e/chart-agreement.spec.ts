import { expect, test, type Locator, type Page } from "./support/test";
import { showInteractiveChart } from "./support/chart";
import { button, download } from "./support/export";

/** What a drawn figure shows, positions in the figure's own units (the chart model's SVG units). */
type Drawn = {
  bars: number;
  xTicks: string[];
  xTickPos: number[];
  yTicks: string[];
  markers: [string, number][];
  highlight: number | null;
};

/** The server's SVG (wide figure): positions from its attributes. */
async function readStatic(svg: Locator): Promise<Drawn> {
  return svg.evaluate((root) => {
    const num = (el: Element | null, a: string) => Number(el?.getAttribute(a));
    const band = root.querySelector(".highlight-band");
    return {
      bars: root.querySelectorAll("rect.bar").length,
      xTicks: [...root.querySelectorAll(".x-axis text")].map((t) => t.textContent ?? ""),
      xTickPos: [...root.querySelectorAll(".x-axis text")].map((t) => num(t, "x")),
      yTicks: [...root.querySelectorAll(".y-axis text")].map((t) => t.textContent ?? ""),
      markers: [...root.querySelectorAll(".event-marker")].map(
        (m) => [m.getAttribute("data-event-id") ?? "", num(m.querySelector("line"), "x1")] as [string, number],
      ),
      highlight: band ? num(band, "x") + num(band, "width") / 2 : null,
    };
  });
}

/** The Recharts chart as painted: positions from the boxes on screen, scaled back to figure units. */
async function readRecharts(fill: Locator): Promise<Drawn> {
  return fill.evaluate((root) => {
    const surface = root.querySelector("svg.recharts-surface")!;
    const box = root.getBoundingClientRect();
    const scale = box.width / Number(surface.getAttribute("width"));
    const cx = (el: Element) => {
      const r = el.getBoundingClientRect();
      return (r.left + r.width / 2 - box.left) / scale;
    };
    const band = root.querySelector(".highlight-band");
    const xTicks = [...root.querySelectorAll(".recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value")];
    return {
      bars: root.querySelectorAll(".recharts-bar-rectangle").length,
      xTicks: xTicks.map((t) => t.textContent ?? ""),
      xTickPos: xTicks.map(cx),
      yTicks: [...root.querySelectorAll(".recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value")].map(
        (t) => t.textContent ?? "",
      ),
      markers: [...root.querySelectorAll("a.event-marker")].map(
        (m) => [m.getAttribute("data-event-id") ?? "", cx(m.querySelector("line")!)] as [string, number],
      ),
      highlight: band ? cx(band) : null,
    };
  });
}

/** The exported SVG file: one nested chart per panel, positions from its attributes. */
async function readExport(page: Page, text: string): Promise<Drawn[]> {
  return page.evaluate((svgText) => {
    // Without the file's <style> (its fonts): the page's policy blocks inline style elements, even parsed ones.
    const doc = new DOMParser().parseFromString(svgText.replace(/<style>[\s\S]*?<\/style>/g, ""), "image/svg+xml");
    const num = (el: Element | null, a: string) => Number(el?.getAttribute(a));
    return [...doc.querySelectorAll("svg.panel > svg")].map((root) => {
      const band = root.querySelector(".highlight-band");
      return {
        bars: root.querySelectorAll("rect.bar").length,
        xTicks: [...root.querySelectorAll(".x-axis text")].map((t) => t.textContent ?? ""),
        xTickPos: [...root.querySelectorAll(".x-axis text")].map((t) => num(t, "x")),
        yTicks: [...root.querySelectorAll(".y-axis text")].map((t) => t.textContent ?? ""),
        markers: [...root.querySelectorAll(".event-marker")].map(
          (m) => [m.getAttribute("data-event-id") ?? "", num(m.querySelector("line"), "x1")] as [string, number],
        ),
        highlight: band ? num(band, "x") + num(band, "width") / 2 : null,
      };
    });
  }, text);
}

function expectAgree(a: Drawn, b: Drawn, what: string) {
  expect(b.bars, `${what}: bars`).toBe(a.bars);
  expect(b.xTicks, `${what}: year ticks`).toEqual(a.xTicks);
  expect(b.yTicks, `${what}: value ticks`).toEqual(a.yTicks);
  expect(
    b.markers.map(([id]) => id),
    `${what}: markers`,
  ).toEqual(a.markers.map(([id]) => id));
  b.markers.forEach(([id, x], i) => expect(Math.abs(x - a.markers[i]![1]), `${what}: ${id}`).toBeLessThanOrEqual(1));
  if (a.highlight === null) expect(b.highlight, `${what}: highlight`).toBeNull();
  else expect(Math.abs((b.highlight ?? Infinity) - a.highlight), `${what}: highlight`).toBeLessThanOrEqual(1);
}

const VIEWS = [
  "/trade",
  "/trade?from=2005&to=2010",
  "/trade?reporter=both&from=1994&to=2020",
  "/trade?year=2006",
  "/aid?from=1980&to=2000&year=1992",
];

test.describe("the static SVG, the Recharts chart and the exported SVG agree", () => {
  for (const view of VIEWS) {
    test(view, async ({ page }) => {
      test.setTimeout(60_000);
      await page.goto(view);
      const statics = page.locator("svg.chart-static--wide");
      const count = await statics.count();
      expect(count).toBeGreaterThan(0);
      const drawn: Drawn[] = [];
      for (let i = 0; i < count; i++) drawn.push(await readStatic(statics.nth(i)));
      expect(drawn[0]!.bars).toBeGreaterThan(0);
      if (view.includes("year=")) expect(drawn[0]!.highlight).not.toBeNull();

      await showInteractiveChart(page);
      const fills = page.locator(".chart-fill");
      await expect(fills).toHaveCount(count);
      for (let i = 0; i < count; i++) {
        const live = await readRecharts(fills.nth(i));
        expectAgree(drawn[i]!, live, `Recharts, figure ${i + 1}`);
        // Recharts' own x scale puts each year's tick where the model's slots are.
        live.xTickPos.forEach((x, j) =>
          expect(Math.abs(x - drawn[i]!.xTickPos[j]!), live.xTicks[j]).toBeLessThanOrEqual(1),
        );
      }

      const file = await download(page, button(page, "SVG"));
      const exported = await readExport(page, file.bytes.toString("utf8"));
      expect(exported).toHaveLength(count);
      exported.forEach((e, i) => expectAgree(drawn[i]!, e, `export, figure ${i + 1}`));
    });
  }
});
