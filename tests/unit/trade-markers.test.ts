import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DATASETS } from "@/lib/data/datasets";
import { buildBarLineMarkup } from "@/lib/export/bar-line-markup";
import { buildBarLineLayout } from "@/lib/transform/bar-line-layout";
import { EVENT_LINKS, buildMarkerLayout, type KeyEvent } from "@/lib/transform/event-links";
import { buildTimelineEvents } from "@/lib/transform/timeline";
import type { ChartPanel } from "@/lib/transform/trade-chart-series";
import { buildYearDomain } from "@/lib/transform/trade-series";
import type { ReporterView } from "@/lib/transform/trade-series";
import { buildTradePageSearch, parseTradePageParams, tradeApiKey } from "@/lib/url/trade-params";
import { fromURLSearchParams } from "@/lib/url/search-params";

const DOMAINS: Record<ReporterView, { from: number; to: number }> = {
  japan: { from: 1960, to: 2022 },
  cambodia: { from: 1960, to: 2025 },
  both: { from: 1960, to: 2025 },
};
const parse = (qs: string) => parseTradePageParams(fromURLSearchParams(new URLSearchParams(qs)), (r) => DOMAINS[r]);
const k = (year: number, short: string): KeyEvent => ({
  id: `${year}-${short}`,
  year,
  short,
  title: short,
  dateLabel: `${year}`,
  href: `/timeline#${year}-${short}`,
});

describe("parseTradePageParams", () => {
  it("defaults to no highlight and markers on", () => {
    expect(parse("")).toEqual({
      query: { reporter: "japan", from: 1960, to: 2022, year: null, events: true },
      issues: [],
    });
  });
  it("reads a highlighted year inside the range and the markers toggle", () => {
    expect(parse("from=2000&year=2006&events=off").query).toEqual({
      reporter: "japan",
      from: 2000,
      to: 2022,
      year: 2006,
      events: false,
    });
    expect(parse("events=on").query.events).toBe(true);
  });
  it.each([
    ["year=20x6", "year", /not a four-digit year/],
    ["year=1e3", "year", /not a four-digit year/],
    ["year=1959", "year", /outside 1960–2022/],
    ["from=2000&year=1995", "year", /outside 2000–2022/],
    ["year=2001&year=2002", "year", /given 2 times/],
    ["events=maybe", "events", /use on or off/],
  ])("%s: notice on %s and the default for that setting", (qs, param, message) => {
    const { query, issues } = parse(qs);
    expect(issues.find((i) => i.param === param)?.message).toMatch(message);
    expect(query.year).toBeNull();
    expect(query.events).toBe(true);
  });
  it("still reports problems with the data query", () => {
    expect(parse("reporter=x&year=2006").issues.map((i) => i.param)).toEqual(["reporter"]);
  });
});

describe("buildTradePageSearch", () => {
  it("round-trips through the parser and leaves defaults out", () => {
    for (const qs of ["", "year=2006", "events=off", "reporter=both&from=1994&to=2020&year=2007&events=off"]) {
      const { query } = parse(qs);
      const search = buildTradePageSearch(query, DOMAINS[query.reporter]);
      expect(parse(search.slice(1)).query).toEqual(query);
    }
    expect(buildTradePageSearch(parse("").query, DOMAINS.japan)).toBe("");
  });
  it("keeps display settings out of the API key", () => {
    expect(tradeApiKey(parse("from=2000&year=2006&events=off").query, DOMAINS)).toBe("/api/trade?from=2000");
  });
});

describe("buildMarkerLayout at the plot's right edge", () => {
  it("draws a label leftwards when it would run past the edge, and keeps rows apart", () => {
    const placed = buildMarkerLayout(
      [k(2013, "Strategic partnership"), k(2022, "RCEP in force")],
      (y) => (y - 1960) * 10,
      undefined,
      3,
      676,
    );
    expect(placed.map((p) => p.anchor)).toEqual(["start", "end"]);
    // The second label (92.5 wide) ends at its line, x = 620, so it starts at 527.5, inside the first (530 to 674.5): next row.
    expect(placed.map((p) => p.row)).toEqual([0, 1]);
  });
  it("keeps the old behaviour without an edge", () => {
    expect(buildMarkerLayout([k(2022, "RCEP")], (y) => y).map((p) => p.anchor)).toEqual(["start"]);
  });
});

describe("buildBarLineLayout with markers and a highlighted year", () => {
  const base = {
    years: [2000, 2001, 2002],
    bars: [{ key: "a", values: [1, 2, 3] }],
    lines: [],
    points: [],
    width: 400,
    height: 200,
  };
  it("makes room above the plot for the marker rows and places each marker at its year's centre", () => {
    const plain = buildBarLineLayout(base);
    const marked = buildBarLineLayout({ ...base, markers: [k(2001, "x")] });
    expect(marked.plot.y).toBeGreaterThan(plain.plot.y);
    const bar = marked.bars.find((b) => b.year === 2001)!;
    expect(marked.markers[0]?.x).toBeCloseTo(bar.x + bar.width / 2, 5);
    expect(marked.markers[0]!.labelY).toBeLessThan(marked.plot.y);
    expect(plain.markers).toEqual([]);
  });
  it("puts a highlight band around the year's bars, none for a year off the axis", () => {
    const layout = buildBarLineLayout({ ...base, highlightYear: 2002 });
    const bar = layout.bars.find((b) => b.year === 2002)!;
    expect(layout.highlight!.x).toBeLessThanOrEqual(bar.x);
    expect(layout.highlight!.x + layout.highlight!.width).toBeGreaterThanOrEqual(bar.x + bar.width - 0.1);
    expect(buildBarLineLayout({ ...base, highlightYear: 1999 }).highlight).toBeNull();
  });
  it("draws the markers in the exported SVG", () => {
    const panel: ChartPanel = {
      id: "p",
      title: "t",
      unit: "USD million",
      years: base.years,
      series: [
        {
          key: "a",
          label: "A",
          color: "#000",
          kind: "bar",
          derived: false,
          values: [1, 2, 3],
          sources: [null, null, null],
        },
      ],
    };
    expect(
      buildBarLineMarkup(panel, { width: 400, height: 200, idPrefix: "p", markers: [k(2001, "Paris & peace")] }),
    ).toContain(">Paris &amp; peace</text>");
    expect(buildBarLineMarkup(panel, { width: 400, height: 200, idPrefix: "p" })).not.toContain("stroke-dasharray");
  });
});

describe("timeline links to the trade chart", () => {
  const read = (file: string) => readFileSync(path.join("data", file), "utf8");
  const rows = [
    ...DATASETS.trade.parse(read("trade_japan_cambodia.csv")),
    ...DATASETS.tradeAdditional.parse(read("trade_additional.csv")),
  ];
  const domain = buildYearDomain(rows, "japan");
  const events = new Map(buildTimelineEvents(DATASETS.events.parse(read("events.csv"))).map((e) => [e.id, e]));
  const tradeLinks = Object.entries(EVENT_LINKS).flatMap(([id, links]) =>
    links.filter((l) => l.href.startsWith("/trade")).map((l) => ({ id, href: l.href })),
  );
  it("exist, and each opens the event's own year inside the default view's range", () => {
    expect(tradeLinks.length).toBeGreaterThan(0);
    for (const { id, href } of tradeLinks) {
      const year = Number(/[?&]year=(\d{4})/.exec(href)?.[1]);
      expect(year, id).toBe(events.get(id)?.year);
      expect(year, id).toBeGreaterThanOrEqual(domain.from);
      expect(year, id).toBeLessThanOrEqual(domain.to);
      expect(parse(href.split("?")[1] ?? "").issues, href).toEqual([]);
    }
  });
});
