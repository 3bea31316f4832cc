import { describe, expect, it } from "vitest";
import { buildDacShares, buildRegionAidSums } from "@/views/region/model/region-aid";
import {
  type RegionInput,
  buildCambodiaStanding,
  buildRegionHeadline,
  buildRegionSeries,
  buildRegionSpans,
  latestStanding,
} from "@/lib/transform/region-series";

const IMP = "japan_imports_from_partner";
const input: RegionInput = {
  trade: [
    { year: 2000, partner: "KHM", flow: IMP, value: 50 },
    { year: 2000, partner: "THA", flow: IMP, value: 900 },
    { year: 2000, partner: "VNM", flow: IMP, value: 50.5 },
    { year: 2001, partner: "KHM", flow: IMP, value: 200 },
    { year: 2001, partner: "THA", flow: IMP, value: 600 },
    { year: 2001, partner: "LAO", flow: IMP, value: 200 },
    { year: 2002, partner: "THA", flow: IMP, value: 700 },
    { year: 1999, partner: "THA", flow: "japan_exports_to_partner", value: 10 },
  ],
  aid: [
    { year: 2000, partner: "KHM", category: "net_bilateral_oda", value: 100e6 },
    { year: 2000, partner: "THA", category: "net_bilateral_oda", value: -50e6 },
    { year: 2001, partner: "THA", category: "net_bilateral_oda", value: 20e6 },
    { year: 2000, partner: "KHM", category: "net_bilateral_oda_all_dac_donors", value: 400e6 },
    { year: 2000, partner: "THA", category: "net_bilateral_oda_all_dac_donors", value: -10e6 },
    { year: 2001, partner: "THA", category: "net_bilateral_oda_all_dac_donors", value: 80e6 },
  ],
};

describe("region series", () => {
  it("aligns values with the years and leaves missing years as gaps", () => {
    const s = buildRegionSeries(input, "imports", ["KHM", "LAO"], 2000, 2002);
    expect(s.years).toEqual([2000, 2001, 2002]);
    expect(s.unit).toBe("USD_million");
    expect(s.lines).toEqual([
      { partner: "KHM", values: [50, 200, null] },
      { partner: "LAO", values: [null, 200, null] },
    ]);
  });

  it("keeps negative net aid as it is", () => {
    expect(buildRegionSeries(input, "aid", ["THA"], 2000, 2001).lines[0]!.values).toEqual([-50e6, 20e6]);
  });

  it("finds each measure's span", () => {
    expect(buildRegionSpans(input)).toEqual({
      exports: { first: 1999, last: 1999 },
      imports: { first: 2000, last: 2002 },
      aid: { first: 2000, last: 2001 },
    });
  });
});

describe("Cambodia's standing", () => {
  it("ranks among all five and derives the share of those reported", () => {
    const [y2000, y2001, y2002] = buildCambodiaStanding(input, "imports", 2000, 2002);
    expect(y2000).toMatchObject({ rank: 3, reported: 3, value: 50, reason: null });
    expect(y2000!.ahead).toEqual([
      { partner: "THA", value: 900 },
      { partner: "VNM", value: 50.5 },
    ]);
    // Derived to six significant digits (lib/transform/derived-precision.ts): 4.997501249375312 → 4.9975.
    expect(y2000!.sharePct).toBe(4.9975);
    expect(y2001!.rank).toBe(2); // a tie keeps the order of the partners list
    expect(y2001!.sharePct).toBeCloseTo(20, 10);
    expect(y2002).toMatchObject({ rank: null, sharePct: null, reason: "no figure for Cambodia" });
    expect(latestStanding([y2000!, y2001!, y2002!])?.year).toBe(2001);
  });

  it("derives no share of the five for net aid, which can be negative", () => {
    const [y2000] = buildCambodiaStanding(input, "aid", 2000, 2000);
    expect(y2000).toMatchObject({ rank: 1, sharePct: null });
    expect(y2000!.reason).toMatch(/not derived for net aid/);
  });
});

describe("aid sums and DAC shares", () => {
  it("sums net aid over the range, listing gaps and negative years", () => {
    const sums = buildRegionAidSums(input.aid, ["THA", "KHM"], 2000, 2001);
    expect(sums).toEqual([
      { partner: "KHM", sumUsd: 100e6, yearsWithData: 1, missingYears: [2001], negativeYears: [] },
      { partner: "THA", sumUsd: -30e6, yearsWithData: 2, missingYears: [], negativeYears: [2000] },
    ]);
  });

  it("gives Japan's share of DAC only where the DAC total is positive, else a reason", () => {
    const tha = buildDacShares(input.aid, "THA", 2000, 2001);
    expect(tha[0]).toMatchObject({ sharePct: null, reason: "not derived: all DAC donors ≤ 0" });
    expect(tha[1]!.sharePct).toBeCloseTo(25, 10);
    const khm = buildDacShares(input.aid, "KHM", 2000, 2001);
    expect(khm[0]!.sharePct).toBeCloseTo(25, 10);
    expect(khm[1]).toMatchObject({ sharePct: null, reason: "no figure for Japan" });
  });
});

describe("overview headline", () => {
  it("gives Cambodia's latest rank in imports and in net aid", () => {
    const h = buildRegionHeadline(input);
    expect(h.imports).toMatchObject({ year: 2001, rank: 2 });
    expect(h.aid).toMatchObject({ year: 2000, rank: 1 });
  });
});
