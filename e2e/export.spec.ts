import { readFileSync } from "node:fs";
import path from "node:path";
import { csvParse } from "d3-dsv";
import { expect, test } from "./support/test";
import { readCsv } from "./support/data";
import { button, download, inspectSvg, menu, pixelStats, recordScripts } from "./support/export";
import { inspectPng } from "./support/png";
import { showInteractiveChart } from "./support/chart";

test.describe("export of the trade chart", () => {
  test("every button downloads the current view after the range and reporter change", async ({ page }) => {
    test.setTimeout(60_000);
    // The export code is not part of the page's first load.
    const firstLoad = recordScripts(page);
    await page.goto("/trade");
    await showInteractiveChart(page);
    const scripts = await firstLoad.texts();
    // The recorder saw the page's own JavaScript, so "none of it is the export" means something.
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.every((s) => s.length > 0)).toBe(true);
    expect(scripts.some((s) => s.includes("Creation Time"))).toBe(false);

    // Change the reporter and the range through the UI.
    await page.getByRole("radio", { name: "Cambodia-reported" }).check();
    await page.getByLabel("From year").selectOption("1995");
    await page.getByLabel("To year").selectOption("2010");
    await expect(page).toHaveURL(/reporter=cambodia/);
    await expect(page).toHaveURL(/from=1995/);
    await expect(page).toHaveURL(/to=2010/);
    const stem = "cambodia-japan-trade-cambodia-reported-1995-2010";
    const legend = (await page.locator(".legend").first().locator("li").allTextContents()).map((s) => s.trim());
    expect(legend.length).toBeGreaterThan(1);

    // Expected rows: the Cambodia-reported IMF rows of 1995–2010 straight from the data file, plus any press rows the API adds.
    const imfRows = readCsv("trade_japan_cambodia.csv").filter(
      (r) =>
        r.series === "imf_dots_cambodia_reported" &&
        r.flow !== "total_bilateral" &&
        Number(r.year) >= 1995 &&
        Number(r.year) <= 2010,
    );
    const api = (await (await page.request.get("/api/trade?reporter=cambodia&from=1995&to=2010")).json()) as {
      count: number;
    };
    expect(api.count).toBeGreaterThanOrEqual(imfRows.length);

    const csv = await download(page, button(page, "CSV"));
    expect(csv.name).toBe(`${stem}.csv`);
    const csvRows = csvParse(csv.bytes.toString("utf8").replace(/^\ufeff/, ""));
    expect(csvRows).toHaveLength(api.count);
    expect(csvRows.filter((r) => r.series === "imf_dots_cambodia_reported")).toHaveLength(imfRows.length);
    expect(
      csvRows.every((r) => Number(r.year) >= 1995 && Number(r.year) <= 2010 && r.source_title && r.source_url),
    ).toBe(true);

    const json = await download(page, button(page, "JSON"));
    expect(json.name).toBe(`${stem}.json`);
    const record = JSON.parse(json.bytes.toString("utf8")) as {
      rows: unknown[];
      count: number;
      sources: { url: string }[];
      viewUrl: string;
      title: string;
      licence: string;
    };
    expect(record.rows).toHaveLength(api.count);
    expect(record.count).toBe(api.count);
    expect(record.viewUrl).toMatch(/\/trade\?reporter=cambodia&from=1995&to=2010$/);
    expect(record.sources.length).toBeGreaterThan(0);
    expect(record.sources.every((s) => /^https:\/\//.test(s.url))).toBe(true);

    const svgFile = await download(page, button(page, "SVG"));
    expect(svgFile.name).toBe(`${stem}.svg`);
    const svgText = svgFile.bytes.toString("utf8");
    expect(svgText).not.toContain("var(");
    expect(svgText).not.toMatch(/url\((?!data:|#)/);
    const svg = await inspectSvg(page, svgText);
    expect(svg.parseError).toBeNull();
    expect(svg.rootName).toBe("svg");
    expect(svg.external).toEqual([]);
    expect(svg.title).toContain("as reported by Cambodia, 1995–2010");
    for (const entry of legend) expect(svg.texts).toContain(entry);
    const sourceLine = svg.texts.find((t) => t.startsWith("Source"));
    expect(sourceLine).toContain("IMF, Direction of Trade Statistics (DOTS), Cambodia-reported");
    expect(svg.texts.join(" ")).toContain("IMF's terms");
    const meta = JSON.parse(svg.metadata) as typeof record & { product: { version: string } };
    expect(meta.sources).toEqual(record.sources);
    expect(meta.viewUrl).toBe(record.viewUrl);
    expect(meta.product.version).toMatch(/^\d+\.\d+\.\d+/);

    const png = await download(page, button(page, "PNG"));
    expect(png.name).toBe(`${stem}.png`);
    const info = inspectPng(png.bytes);
    expect(info.crcErrors).toEqual([]);
    expect({ width: info.width, height: info.height }).toEqual({ width: svg.width * 2, height: svg.height * 2 });
    expect(info.text.Title).toBe(svg.title);
    expect(info.text.Source).toContain("IMF Direction of Trade Statistics");
    expect(info.text.Copyright).toBe(record.licence);
    expect(info.text.URL).toBe(record.viewUrl);
    const stats = await pixelStats(page, png.bytes, 60 * 2);
    expect({ width: stats.width, height: stats.height }).toEqual({ width: info.width, height: info.height });
    expect(stats.corner).toEqual([255, 255, 255, 255]);
    expect(stats.variance).toBeGreaterThan(200);
    expect(stats.darkInTitle).toBeGreaterThan(2000);

    // The 1× choice gives the figure's own size.
    await menu(page).getByLabel("PNG size").selectOption("1");
    const png1 = inspectPng((await download(page, button(page, "PNG"))).bytes);
    expect({ width: png1.width, height: png1.height }).toEqual({ width: svg.width, height: svg.height });
  });

  test("mirror view: both panels, file names, and a clear error when the PNG would be too large", async ({ page }) => {
    await page.goto("/trade?reporter=both&from=1994&to=2020");
    await showInteractiveChart(page);
    await expect(page.locator("svg.recharts-surface")).toHaveCount(2);
    const svgFile = await download(page, button(page, "SVG"));
    expect(svgFile.name).toBe("cambodia-japan-trade-both-reporters-1994-2020.svg");
    const svg = await inspectSvg(page, svgFile.bytes.toString("utf8"));
    expect(svg.parseError).toBeNull();
    for (const heading of await page.locator(".chart-title").allTextContents()) expect(svg.texts).toContain(heading);

    // 4× of this tall figure is over the pixel cap: a message, and the page still works.
    expect(svg.width * 4 * svg.height * 4).toBeGreaterThan(16_000_000);
    await menu(page).getByLabel("PNG size").selectOption("4");
    await button(page, "PNG").click();
    await expect(menu(page).getByRole("alert")).toContainText(/megapixel limit/);
    await menu(page).getByLabel("PNG size").selectOption("2");
    const png = await download(page, button(page, "PNG"));
    expect(png.name).toBe("cambodia-japan-trade-both-reporters-1994-2020.png");
    expect(inspectPng(png.bytes).width).toBe(svg.width * 2);
    await expect(menu(page).getByRole("alert")).toHaveCount(0);
    await page.getByRole("radio", { name: "Japan-reported" }).check();
    await expect(page).not.toHaveURL(/reporter=both/);
  });
});

const ATTRIBUTION = "Province boundaries © OpenStreetMap contributors (ODbL) via geoBoundaries; Natural Earth";
const mapProvinces = (
  JSON.parse(readFileSync(path.join(process.cwd(), "data", "cambodia-1941.topo.json"), "utf8")) as {
    objects: { provinces: { geometries: { properties: { id: string } }[] } };
  }
).objects.provinces.geometries.length;

test.describe("export of the 1941 map", () => {
  test("every button downloads the current map view with the ODbL attribution inside", async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto("/map");
    await page.getByRole("link", { name: "Encyclopedia account" }).click();
    await expect(page).toHaveURL(/account=encyclopedia/);
    const stem = "cambodia-1941-map-encyclopedia-annexed";
    const legend = (await page.locator(".map-legend li").allTextContents()).map((s) => s.trim());
    expect(legend.length).toBeGreaterThan(2);

    const csv = await download(page, button(page, "CSV"));
    expect(csv.name).toBe(`${stem}.csv`);
    const rows = csvParse(csv.bytes.toString("utf8").replace(/^\ufeff/, ""));
    expect(rows).toHaveLength(mapProvinces);
    expect(
      rows.every(
        (r) => r.boundary_attribution === ATTRIBUTION && r.account === "Encyclopedia account" && r.source_urls,
      ),
    ).toBe(true);

    const json = await download(page, button(page, "JSON"));
    expect(json.name).toBe(`${stem}.json`);
    const record = JSON.parse(json.bytes.toString("utf8")) as {
      rows: unknown[];
      licence: string;
      viewUrl: string;
      sources: { url: string }[];
    };
    expect(record.rows).toHaveLength(mapProvinces);
    expect(record.licence).toContain(ATTRIBUTION);
    expect(record.viewUrl).toMatch(/\/map\?account=encyclopedia$/);
    expect(record.sources.map((s) => s.url)).toContain("https://www.openstreetmap.org/copyright");

    const svgFile = await download(page, button(page, "SVG"));
    expect(svgFile.name).toBe(`${stem}.svg`);
    const svgText = svgFile.bytes.toString("utf8");
    expect(svgText).not.toContain("var(");
    expect(svgText).not.toMatch(/url\((?!data:|#)/);
    const svg = await inspectSvg(page, svgText);
    expect(svg.parseError).toBeNull();
    expect(svg.external).toEqual([]);
    expect(svg.title).toBe("1941: the provinces Cambodia lost to Thailand");
    for (const entry of legend) expect(svg.texts).toContain(entry);
    expect(svg.texts.join(" ")).toContain(ATTRIBUTION);
    expect(svg.texts.find((t) => t.startsWith("Sources"))).toContain("OpenStreetMap contributors");
    expect(svgText.match(/<path\b/g)?.length ?? 0).toBeGreaterThan(mapProvinces);
    expect((JSON.parse(svg.metadata) as { licence: string }).licence).toContain(ATTRIBUTION);

    const png = await download(page, button(page, "PNG"));
    expect(png.name).toBe(`${stem}.png`);
    const info = inspectPng(png.bytes);
    expect(info.crcErrors).toEqual([]);
    expect({ width: info.width, height: info.height }).toEqual({ width: svg.width * 2, height: svg.height * 2 });
    expect(info.text.Copyright).toContain(ATTRIBUTION);
    expect(info.text.Title).toBe(svg.title);
    expect(info.text.URL).toBe(record.viewUrl);
    const stats = await pixelStats(page, png.bytes, 60 * 2);
    expect(stats.variance).toBeGreaterThan(200);
    expect(stats.darkInTitle).toBeGreaterThan(2000);
  });
});

test.describe("export of the aid chart", () => {
  test("every button downloads the current view after the range changes", async ({ page }) => {
    test.setTimeout(60_000);
    const firstLoad = recordScripts(page);
    await page.goto("/aid");
    await showInteractiveChart(page);
    await expect(page.locator('[data-chart="aid-interactive"] svg.recharts-surface').first()).toBeVisible();
    // Neither the export pipeline nor the aid adapter is part of the first load.
    const scripts = await firstLoad.texts();
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.every((s) => s.length > 0)).toBe(true);
    expect(scripts.some((s) => s.includes("Creation Time") || s.includes("cambodia-japan-aid"))).toBe(false);

    const [from, to] = [1980, 2000];
    await page.getByLabel("From year").selectOption(String(from));
    await page.getByLabel("To year").selectOption(String(to));
    await page.getByRole("radio", { name: "Hide" }).check();
    await expect(page).toHaveURL(new RegExp(`/aid\\?from=${from}&to=${to}&events=off$`));
    const stem = `cambodia-japan-aid-net-oda-${from}-${to}`;
    // Without event markers the page's legend has the three entries the export draws.
    await expect(page.locator("#aid-chart .legend li")).toHaveCount(3);
    const legend = (await page.locator("#aid-chart .legend li").allTextContents()).map((s) => s.trim());

    // The view's rows from the data file: one per calendar year, Japan's value where the WDI series has one.
    const japan = new Map(
      readCsv("aid_japan_to_cambodia_yearly.csv")
        .filter((r) => r.category === "net_bilateral_oda" && Number(r.year) >= from && Number(r.year) <= to)
        .map((r) => [Number(r.year), Number(r.value)]),
    );
    const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
    expect(japan.size).toBeLessThan(years.length); // the range includes the 1984–1987 gap

    const csv = await download(page, button(page, "CSV"));
    expect(csv.name).toBe(`${stem}.csv`);
    const csvRows = csvParse(csv.bytes.toString("utf8").replace(/^\ufeff/, ""));
    expect(csvRows.map((r) => Number(r.year))).toEqual(years);
    expect(csvRows.filter((r) => r.japan_net_bilateral_oda_usd !== "")).toHaveLength(japan.size);
    for (const r of csvRows) {
      const expected = japan.get(Number(r.year));
      expect(r.japan_net_bilateral_oda_usd === "" ? undefined : Number(r.japan_net_bilateral_oda_usd)).toBe(expected);
      expect(r.source).toContain("DC.DAC.JPNL.CD");
      expect(r.source_url).toMatch(/^https:\/\//);
    }

    const json = await download(page, button(page, "JSON"));
    expect(json.name).toBe(`${stem}.json`);
    const record = JSON.parse(json.bytes.toString("utf8")) as {
      rows: unknown[];
      count: number;
      sources: { url: string }[];
      viewUrl: string;
      licence: string;
    };
    expect(record.rows).toHaveLength(years.length);
    expect(record.count).toBe(years.length);
    expect(record.viewUrl).toMatch(new RegExp(`/aid\\?from=${from}&to=${to}&events=off$`));
    expect(record.licence).toContain("CC BY 4.0");
    expect(record.sources.map((s) => s.url)).toContain("https://data.worldbank.org/indicator/DC.DAC.JPNL.CD");

    const svgFile = await download(page, button(page, "SVG"));
    expect(svgFile.name).toBe(`${stem}.svg`);
    const svgText = svgFile.bytes.toString("utf8");
    expect(svgText).not.toContain("var(");
    expect(svgText).not.toMatch(/url\((?!data:|#)/);
    const svg = await inspectSvg(page, svgText);
    expect(svg.parseError).toBeNull();
    expect(svg.external).toEqual([]);
    expect(svg.title).toBe(`Japan's aid to Cambodia, ${from}–${to}`);
    for (const entry of legend) expect(svg.texts).toContain(entry);
    expect(svg.texts).toContain("no data 1984–1987");
    expect(svg.texts.find((t) => t.startsWith("Source"))).toContain(
      "World Bank, World Development Indicators (DC.DAC.JPNL.CD), based on OECD DAC data",
    );
    expect(svg.texts.join(" ")).toContain("CC BY 4.0");
    const meta = JSON.parse(svg.metadata) as typeof record;
    expect(meta.sources).toEqual(record.sources);
    expect(meta.viewUrl).toBe(record.viewUrl);

    const png = await download(page, button(page, "PNG"));
    expect(png.name).toBe(`${stem}.png`);
    const info = inspectPng(png.bytes);
    expect(info.crcErrors).toEqual([]);
    expect({ width: info.width, height: info.height }).toEqual({ width: svg.width * 2, height: svg.height * 2 });
    expect(info.text.Title).toBe(svg.title);
    expect(info.text.Copyright).toBe(record.licence);
    expect(info.text.URL).toBe(record.viewUrl);
    const stats = await pixelStats(page, png.bytes, 60 * 2);
    expect(stats.corner).toEqual([255, 255, 255, 255]);
    expect(stats.variance).toBeGreaterThan(200);
    expect(stats.darkInTitle).toBeGreaterThan(2000);
  });
});
