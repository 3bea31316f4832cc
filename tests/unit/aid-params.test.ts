import { describe, expect, it } from "vitest";
import { aidApiKey, buildAidSearch } from "@/views/aid/search";
import { parseAidParams } from "@/views/aid/params";
import { buildTimelineUrl, parseTimelineParams } from "@/views/timeline/params";

const span = { first: 1960, last: 2023 };

describe("parseAidParams", () => {
  it("reads a valid view", () => {
    const { query, issues } = parseAidParams({ from: "1990", to: "2010", year: "2006", events: "off" }, span);
    expect(issues).toEqual([]);
    expect(query).toEqual({ from: 1990, to: 2010, year: 2006, events: false });
  });
  it("falls back per parameter and names each problem", () => {
    const { query, issues } = parseAidParams({ from: "19x0", to: "2099", events: "maybe", form: "1" }, span);
    expect(query).toEqual({ from: 1960, to: 2023, year: null, events: true });
    expect(issues.map((i) => i.param).sort()).toEqual(["events", "form", "from", "to"]);
  });
  it("rejects an inverted range and a highlight outside it", () => {
    expect(parseAidParams({ from: "2000", to: "1990" }, span).query).toMatchObject({ from: 1960, to: 2023 });
    expect(parseAidParams({ from: "2000", to: "2010", year: "1968" }, span).query.year).toBeNull();
  });
  it("round-trips through the canonical URL", () => {
    const q = { from: 1992, to: 2006, year: null, events: true };
    expect(buildAidSearch(q, span)).toBe("?from=1992&to=2006");
    expect(aidApiKey(q, span)).toBe("/api/aid?from=1992&to=2006");
    expect(aidApiKey({ from: 1960, to: 2023 }, span)).toBe("/api/aid");
  });
});

describe("parseTimelineParams", () => {
  it("accepts an era and rejects an unknown one with an issue", () => {
    expect(parseTimelineParams({ era: "cold-war" }).era).toBe("cold-war");
    const bad = parseTimelineParams({ era: "bronze-age" });
    expect(bad.era).toBeNull();
    expect(bad.issues[0]?.param).toBe("era");
  });

  it("lists oldest first unless asked for the newest first, and names a bad order", () => {
    expect(parseTimelineParams({}).order).toBe("oldest");
    expect(parseTimelineParams({ order: "newest" }).order).toBe("newest");
    const bad = parseTimelineParams({ order: "random" });
    expect(bad.order).toBe("oldest");
    expect(bad.issues).toEqual([
      { param: "order", message: "Unknown order “random”: use oldest or newest. Showing the oldest first." },
    ]);
    expect(buildTimelineUrl("cold-war", "newest")).toBe("/timeline?era=cold-war&order=newest");
    expect(buildTimelineUrl(null, "oldest")).toBe("/timeline");
  });
});
