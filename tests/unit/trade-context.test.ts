import { describe, expect, it } from "vitest";
import type { WorldTotalRow } from "@/lib/schemas/trade";
import { buildTradeDisplay } from "@/views/trade/model/trade-display";
import { buildTradeApiRows } from "@/views/trade/model/trade-api";
import { buildTradeShares, latestShares } from "@/lib/transform/trade-share";
import { buildShareCsv } from "@/views/trade/model/trade-share-csv";
import { formatPanelTick, formatPanelValue } from "@/views/trade/model/trade-value-format";
import { parseTradePageParams } from "@/views/trade/params";
import { fromURLSearchParams } from "@/lib/url/search-params";
import { FIXTURE } from "./trade-fixtures";

const world = (
  year: number,
  reporter: "Japan" | "Cambodia",
  flow: WorldTotalRow["flow"],
  value: number,
): WorldTotalRow => ({
  year,
  reporter,
  flow,
  value,
  unit: "USD_million",
  sourceTitle: `world ${reporter}`,
  source: `src world ${reporter}`,
  notes: `${reporter}-reported total ${flow === "exports_to_world" ? "exports (FOB)" : "imports (CIF)"}, partner row World`,
});

const WORLD: WorldTotalRow[] = [
  world(2000, "Japan", "exports_to_world", 500),
  world(2000, "Japan", "imports_from_world", 400),
  world(2002, "Japan", "exports_to_world", 1000),
  // Japan's imports from the world missing in 2002: that share is a gap
  world(2000, "Cambodia", "exports_to_world", 60),
  world(2000, "Cambodia", "imports_from_world", 120),
];

describe("buildTradeShares", () => {
  const shares = buildTradeShares(FIXTURE, WORLD, "both", { from: 2000, to: 2003 });
  const at = (key: string, year: number) => shares.find((s) => s.key === key && s.year === year);
  it("divides each side's bilateral flow by the same side's trade with the world", () => {
    expect(at("japanExports", 2000)?.value).toBeCloseTo((10 / 500) * 100, 10);
    expect(at("japanImports", 2000)?.value).toBeCloseTo((4.5 / 400) * 100, 10);
    expect(at("cambodiaExports", 2000)?.value).toBeCloseTo((3 / 60) * 100, 10);
    expect(at("cambodiaImports", 2000)?.value).toBeCloseTo((12 / 120) * 100, 10);
    expect(at("cambodiaImports", 2000)?.numerator?.estimate).toBe(true);
  });
  it("leaves a gap, naming the missing input, when either side of the division is missing", () => {
    expect(at("japanImports", 2002)).toMatchObject({ value: null, missing: "denominator" });
    expect(at("japanExports", 2003)).toMatchObject({ value: null, missing: "denominator" });
  });
  it("finds the latest year in which every listed share has a value", () => {
    expect(latestShares(shares, ["japanExports", "cambodiaExports"])?.year).toBe(2000);
    expect(latestShares(shares, ["japanExports"])?.year).toBe(2002);
  });
  it("writes both inputs and their sources into the CSV, and a gap with its reason", () => {
    // 2001 has no input at all on Japan's side, inside its span: a row of gaps, not a missing year.
    expect(at("japanExports", 2001)).toMatchObject({ value: null, missing: "both" });
    const csv = buildShareCsv(shares).split("\n");
    expect(csv[0]).toMatch(/^year,share,reporter,value_percent,derived,gap_reason,numerator_flow,numerator_value/);
    expect(csv.find((l) => l.startsWith("2002,Japan's imports"))).toMatch(/,,true,no figure for trade with the world,/);
    expect(csv.find((l) => l.startsWith("2000,Japan's exports"))).toContain("src world Japan");
  });
});

describe("display scales", () => {
  const query = { reporter: "japan" as const, measure: "value" as const, from: 2000, to: 2003 };
  const data = { query, rows: buildTradeApiRows(FIXTURE, query) };
  const domain = { from: 2000, to: 2005 };
  it("log: leaves the derived balance off the axis and says so", () => {
    const shown = buildTradeDisplay(data, { scale: "log", base: null }, domain);
    expect(shown.scale).toEqual({ kind: "log" });
    expect(shown.panels[0]!.series.map((s) => s.key)).not.toContain("balance");
    expect(shown.notes.join(" ")).toMatch(/Balance.*not drawn on the logarithmic scale/);
  });
  it("index without a chosen base year: the first year in which every series has a figure", () => {
    const shown = buildTradeDisplay(
      { query: { ...query, from: 2001 }, rows: buildTradeApiRows(FIXTURE, { ...query, from: 2001 }) },
      { scale: "index", base: null },
      domain,
    );
    expect(shown.scale).toEqual({ kind: "index", base: 2002 });
  });
  it("index: each series reads 100 in its base year; a series without a base-year figure is left out with a notice", () => {
    const shown = buildTradeDisplay(data, { scale: "index", base: 2000 }, domain);
    const series = shown.panels[0]!.series.filter((s) => s.values.some((v) => v !== null));
    expect(series.map((s) => s.values[0])).toEqual([100, 100]);
    expect(series[0]!.values[2]).toBeCloseTo((81.8 / 10) * 100, 10);
    expect(shown.notes.join(" ")).toMatch(/not shown on the index scale/);
    const later = buildTradeDisplay(data, { scale: "index", base: 2001 }, domain);
    expect(later.panels[0]!.series.filter((s) => s.values.some((v) => v !== null))).toHaveLength(0);
    expect(later.notes.join(" ")).toMatch(/no figure for the base year 2001/);
  });
  it("share: one panel per side, valued in percent", () => {
    const shares = buildTradeShares(FIXTURE, WORLD, "both", { from: 2000, to: 2003 });
    const shown = buildTradeDisplay(
      { query: { ...query, reporter: "both", measure: "share" }, rows: shares },
      { scale: "linear", base: null },
      domain,
    );
    expect(shown.panels.map((p) => p.id)).toEqual(["share-japan", "share-cambodia"]);
    expect(formatPanelValue(shown.panels[0]!, 0.2397)).toBe("0.24 %");
    expect(formatPanelTick(shown.panels[0]!, 0.05)).toBe("0.05");
    expect(formatPanelTick({}, 0.01)).toBe("0.01");
    expect(formatPanelTick({}, 1000)).toBe("1,000");
  });
});

describe("page settings", () => {
  const domains = {
    japan: { from: 1960, to: 2022 },
    cambodia: { from: 1960, to: 2025 },
    both: { from: 1960, to: 2025 },
  };
  const parse = (qs: string) => parseTradePageParams(fromURLSearchParams(new URLSearchParams(qs)), (r) => domains[r]);
  it("reads the measure, the scale and the index's base year", () => {
    expect(parse("measure=share&scale=log").query).toMatchObject({ measure: "share", scale: "log", base: null });
    expect(parse("from=1990&scale=index").query).toMatchObject({ scale: "index", base: null });
    expect(parse("from=1990&scale=index&base=").issues).toEqual([]);
    expect(parse("from=1990&scale=index&base=2000").query.base).toBe(2000);
  });
  it.each([
    ["measure=shares", "measure", /Unknown measure/],
    ["scale=cubic", "scale", /Unknown scale/],
    ["scale=index&from=1990&base=1980", "base", /outside 1990–2022/],
    ["scale=index&base=20x0", "base", /not a four-digit year/],
  ])("names the bad setting in %s", (qs, param, message) => {
    const { issues } = parse(qs);
    expect(issues[0]?.param).toBe(param);
    expect(issues[0]?.message).toMatch(message);
  });
});
