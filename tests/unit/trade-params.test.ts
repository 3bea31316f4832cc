import { describe, expect, it } from "vitest";
import type { ReporterView } from "@/lib/transform/trade-series";
import { buildTradeSearch } from "@/views/trade/search";
import { parseTradeParams } from "@/views/trade/params";
import { fromURLSearchParams } from "@/lib/url/search-params";

const DOMAINS: Record<ReporterView, { from: number; to: number }> = {
  japan: { from: 1960, to: 2022 },
  cambodia: { from: 1960, to: 2025 },
  both: { from: 1960, to: 2025 },
};
const parse = (qs: string) => parseTradeParams(fromURLSearchParams(new URLSearchParams(qs)), (r) => DOMAINS[r]);

describe("parseTradeParams", () => {
  it("defaults to Japan-reported over the full range", () => {
    expect(parse("")).toEqual({ query: { reporter: "japan", measure: "value", from: 1960, to: 2022 }, issues: [] });
  });
  it("reads a valid view", () => {
    expect(parse("reporter=cambodia&from=1994&to=2025").query).toEqual({
      reporter: "cambodia",
      measure: "value",
      from: 1994,
      to: 2025,
    });
  });
  it.each([
    ["reporter=thailand", "reporter", /Unknown reporter “thailand”/],
    ["from=19x4", "from", /four-digit year/],
    ["from=1e3", "from", /four-digit year/],
    ["to=2024", "to", /outside the data \(1960–2022\)/],
    ["from=2010&to=2000", "from", /is after/],
    ["from=1990&from=2000", "from", /given 2 times/],
    ["form=1990", "form", /Unknown parameter “form”/],
  ])("%s → an issue naming %s, and a usable view", (qs, param, message) => {
    const { query, issues } = parse(qs);
    expect(issues[0]?.param).toBe(param);
    expect(issues[0]?.message).toMatch(message);
    expect(query.from).toBeLessThanOrEqual(query.to);
  });
  it("round-trips through the canonical search string", () => {
    const q = { reporter: "both" as const, measure: "value" as const, from: 1994, to: 2020 };
    expect(buildTradeSearch(q, DOMAINS.both)).toBe("?reporter=both&from=1994&to=2020");
    expect(parse(buildTradeSearch(q, DOMAINS.both).slice(1)).query).toEqual(q);
    expect(buildTradeSearch({ reporter: "japan", measure: "value", ...DOMAINS.japan }, DOMAINS.japan)).toBe("");
    const s = { reporter: "cambodia" as const, measure: "share" as const, from: 2000, to: 2019 };
    expect(buildTradeSearch(s, DOMAINS.cambodia)).toBe("?reporter=cambodia&from=2000&to=2019&measure=share");
    expect(parse(buildTradeSearch(s, DOMAINS.cambodia).slice(1)).query).toEqual(s);
  });
});
