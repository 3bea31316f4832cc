import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DATASETS } from "@/lib/data/datasets";
import { EVENT_LINKS } from "@/lib/transform/event-links";
import { buildTimelineEvents } from "@/lib/transform/timeline";
import { buildYearDomain } from "@/lib/transform/trade-series";
import type { ReporterView } from "@/lib/transform/trade-series";
import { buildTradePageSearch, tradeApiKey } from "@/views/trade/search";
import { parseTradePageParams } from "@/views/trade/params";
import { fromURLSearchParams } from "@/lib/url/search-params";

const DOMAINS: Record<ReporterView, { from: number; to: number }> = {
  japan: { from: 1960, to: 2022 },
  cambodia: { from: 1960, to: 2025 },
  both: { from: 1960, to: 2025 },
};
const parse = (qs: string) => parseTradePageParams(fromURLSearchParams(new URLSearchParams(qs)), (r) => DOMAINS[r]);
describe("parseTradePageParams", () => {
  it("defaults to no highlight and markers on", () => {
    expect(parse("")).toEqual({
      query: {
        reporter: "japan",
        measure: "value",
        from: 1960,
        to: 2022,
        year: null,
        events: true,
        scale: "linear",
        base: null,
      },
      issues: [],
    });
  });
  it("reads a highlighted year inside the range and the markers toggle", () => {
    expect(parse("from=2000&year=2006&events=off").query).toEqual({
      reporter: "japan",
      measure: "value",
      from: 2000,
      to: 2022,
      year: 2006,
      events: false,
      scale: "linear",
      base: null,
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
