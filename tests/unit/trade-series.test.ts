import { describe, expect, it } from "vitest";
import { buildMirror } from "@/lib/transform/trade-mirror";
import {
  buildDifference,
  buildPressPoints,
  buildTradeYears,
  buildYearDomain,
  filterSeries,
} from "@/lib/transform/trade-series";
import { buildTradeApiRows, buildTradeCsv } from "@/views/trade/model/trade-api";
import { buildTradeView } from "@/views/trade/model/trade-view";
import { buildTradeSummary } from "@/views/trade/model/trade-summary";
import { FIXTURE } from "./trade-fixtures";

describe("filterSeries", () => {
  it("keeps one series within the range, in year order", () => {
    const rows = filterSeries(FIXTURE, "imf_dots_japan_reported", { from: 2001, to: 2002 });
    expect(rows.map((r) => [r.year, r.flow])).toEqual([
      [2002, "cambodia_to_japan"],
      [2002, "japan_to_cambodia"],
    ]);
  });
});

describe("buildDifference", () => {
  it("removes floating-point noise but keeps every printed digit", () => {
    expect(81.8 - 119.2).not.toBe(-37.4);
    expect(buildDifference(81.8, 119.2)).toBe(-37.4);
    expect(buildDifference(228.821, 9.334)).toBe(219.487);
  });
  it("is null when either side is missing", () => {
    expect(buildDifference(null, 3)).toBeNull();
    expect(buildDifference(3, null)).toBeNull();
  });
});

describe("buildTradeYears", () => {
  const years = buildTradeYears(FIXTURE, "japan", { from: 2000, to: 2003 });
  it("has one entry per year, missing years as nulls (gaps, not zeros)", () => {
    expect(years.map((y) => y.year)).toEqual([2000, 2001, 2002, 2003]);
    expect(years[1]).toMatchObject({ japanToCambodia: null, cambodiaToJapan: null, balance: null });
  });
  it("derives the balance as Japan→Cambodia minus Cambodia→Japan", () => {
    expect(years[0]?.balance).toBe(5.5);
    expect(years[2]?.balance).toBe(-37.4);
  });
  it("has no balance when only one flow is published", () => {
    expect(years[3]?.japanToCambodia?.value).toBe(20);
    expect(years[3]?.balance).toBeNull();
  });
  it("ignores total_bilateral rows and keeps the estimate flag", () => {
    const cam = buildTradeYears(FIXTURE, "cambodia", { from: 2000, to: 2000 });
    expect(cam[0]?.japanToCambodia).toMatchObject({ value: 12, estimate: true });
  });
});

describe("buildPressPoints", () => {
  it("takes only USD press figures of the two flows after the last IMF year", () => {
    const press = buildPressPoints(FIXTURE, "japan", { from: 2000, to: 2010 });
    expect(press.map((p) => [p.year, p.flow, p.value])).toEqual([[2005, "japan_to_cambodia", 30]]);
  });
  it("respects the range", () => {
    expect(buildPressPoints(FIXTURE, "japan", { from: 2000, to: 2004 })).toEqual([]);
  });
});

describe("buildYearDomain", () => {
  it("spans the IMF years and the later press points of the reporter", () => {
    expect(buildYearDomain(FIXTURE, "japan")).toEqual({ from: 2000, to: 2005 });
    expect(buildYearDomain(FIXTURE, "cambodia")).toEqual({ from: 2000, to: 2004 });
    // The mirror view spans both, and by default ends where both sides' IMF figures do.
    expect(buildYearDomain(FIXTURE, "both")).toEqual({ from: 2000, to: 2005, defaultTo: 2001 });
  });
});

describe("buildMirror", () => {
  const [j2c, c2j] = buildMirror(FIXTURE, { from: 2000, to: 2002 });
  it("pairs the same flow as each side records it, with the derived gap", () => {
    expect(j2c?.flow).toBe("japan_to_cambodia");
    expect(j2c?.years[0]).toMatchObject({ year: 2000, gap: -2 });
    expect(c2j?.years[0]).toMatchObject({ year: 2000, gap: 1.5 });
  });
  it("has no gap when one side did not publish", () => {
    expect(j2c?.years[1]).toMatchObject({ year: 2001, japanReported: null, gap: null });
    expect(j2c?.years[1]?.cambodiaReported?.value).toBe(11);
  });
});

describe("buildTradeApiRows", () => {
  const domain = buildYearDomain(FIXTURE, "both");
  it.each([
    { reporter: "japan" as const, from: 2000, to: 2005 },
    { reporter: "japan" as const, from: 2001, to: 2003 },
    { reporter: "cambodia" as const, from: 2000, to: 2004 },
    { reporter: "both" as const, from: 2000, to: 2005 },
  ])("gives the same view as all rows do ($reporter $from–$to)", (query) => {
    const fromAll = buildTradeView(FIXTURE, query, domain);
    const fromApi = buildTradeView(buildTradeApiRows(FIXTURE, query), query, domain);
    expect(fromApi).toEqual(fromAll);
  });
  it("returns the IMF rows of the view plus its press points, with their sources", () => {
    const rows = buildTradeApiRows(FIXTURE, { reporter: "japan", from: 2000, to: 2005 });
    expect(rows.map((r) => `${r.series}:${r.year}:${r.flow}`)).toEqual([
      "imf_dots_japan_reported:2000:cambodia_to_japan",
      "imf_dots_japan_reported:2000:japan_to_cambodia",
      "imf_dots_japan_reported:2002:cambodia_to_japan",
      "imf_dots_japan_reported:2002:japan_to_cambodia",
      "imf_dots_japan_reported:2003:japan_to_cambodia",
      "japan_jetro_usd_press:2005:japan_to_cambodia",
    ]);
    const csv = buildTradeCsv(rows).trim().split("\n");
    expect(csv).toHaveLength(rows.length + 1);
    expect(csv[0]).toBe("year,flow,value,unit,reporter,series,source_title,source,notes,estimate");
  });
  it("quotes CSV cells that contain commas or quotes", () => {
    const [first] = FIXTURE;
    const csv = buildTradeCsv([{ ...first!, sourceTitle: 'IMF "DOTS", annual' }]);
    expect(csv).toContain('"IMF ""DOTS"", annual"');
  });
});

describe("buildTradeSummary", () => {
  it("reports the first and latest year with both flows", () => {
    const domain = buildYearDomain(FIXTURE, "japan");
    const s = buildTradeSummary(buildTradeView(FIXTURE, { reporter: "japan", from: 2000, to: 2003 }, domain));
    expect(s).toMatchObject({
      kind: "single",
      first: { year: 2000 },
      latest: { year: 2002, balance: -37.4 },
      yearsWithData: 3,
    });
  });
  it("is empty when no year has both flows", () => {
    const domain = buildYearDomain(FIXTURE, "japan");
    expect(buildTradeSummary(buildTradeView(FIXTURE, { reporter: "japan", from: 2003, to: 2004 }, domain)).kind).toBe(
      "empty",
    );
  });
});

describe("buildTradeHeadline", () => {
  it("takes the latest year with both Japan-reported flows", async () => {
    const { buildTradeHeadline } = await import("@/lib/transform/trade-headline");
    expect(buildTradeHeadline(FIXTURE)).toMatchObject({
      year: 2002,
      japanToCambodia: 81.8,
      cambodiaToJapan: 119.2,
      balance: -37.4,
    });
    expect(buildTradeHeadline([])).toBeNull();
  });
});
