import { describe, expect, it } from "vitest";
import { buildRegionSearch, regionApiHref } from "@/views/region/search";
import { parseRegionParams } from "@/views/region/params";

const SPANS = {
  exports: { first: 1960, last: 2020 },
  imports: { first: 1960, last: 2020 },
  aid: { first: 1960, last: 2023 },
};

describe("region params", () => {
  it("defaults to imports, all five partners, the full range and a log scale", () => {
    const { query, issues } = parseRegionParams({}, SPANS);
    expect(issues).toEqual([]);
    expect(query).toEqual({
      measure: "imports",
      partners: ["KHM", "LAO", "MMR", "THA", "VNM"],
      from: 1960,
      to: 2020,
      scale: "log",
    });
    expect(buildRegionSearch(query, SPANS)).toBe("");
  });

  it("reads a comma list and the checkbox form's repeated key to the same canonical view", () => {
    const a = parseRegionParams({ partners: "vnm,KHM" }, SPANS).query;
    const b = parseRegionParams({ partners: ["KHM", "VNM"] }, SPANS).query;
    expect(a).toEqual(b);
    expect(buildRegionSearch(a, SPANS)).toBe("?partners=KHM,VNM");
  });

  it("defaults aid to a linear scale and refuses log for it", () => {
    const { query, issues } = parseRegionParams({ measure: "aid", scale: "log", from: "1992" }, SPANS);
    expect(query).toMatchObject({ measure: "aid", scale: "linear", from: 1992, to: 2023 });
    expect(issues.map((i) => i.param)).toEqual(["scale"]);
    expect(buildRegionSearch(query, SPANS)).toBe("?measure=aid&from=1992");
    expect(regionApiHref(query)).toBe("/api/region?measure=aid&partners=KHM,LAO,MMR,THA,VNM&from=1992&to=2023");
  });

  it("names each bad parameter and falls back", () => {
    const { query, issues } = parseRegionParams(
      { measure: "gdp", partners: "KHM,XXX", to: "2023", scale: "cubic" },
      SPANS,
    );
    expect(issues.map((i) => i.param)).toEqual(["measure", "partners", "to", "scale"]);
    expect(query).toMatchObject({
      measure: "imports",
      partners: ["KHM", "LAO", "MMR", "THA", "VNM"],
      to: 2020,
      scale: "log",
    });
  });
});
