import { describe, expect, it } from "vitest";
import {
  buildAidSeries,
  buildGapRuns,
  buildPeriodSum,
  buildShare,
  buildYearRanges,
  type AidInputRow,
} from "@/lib/transform/aid-series";
import { buildAidSummary } from "@/views/aid/model/aid-summary";
import {
  buildMilestoneComparisons,
  buildPeriodLabel,
  buildPeriodYear,
  type MilestoneInput,
} from "@/views/aid/model/aid-milestones";

const J = "net_bilateral_oda";
const ALL = "net_bilateral_oda_all_dac_donors";
const rows: AidInputRow[] = [
  { year: 1983, category: J, value: 90_000 },
  { year: 1988, category: J, value: 860_000 },
  { year: 1989, category: J, value: -50_000 },
  ...[1983, 1984, 1985, 1986, 1987, 1988, 1989].map((year) => ({ year, category: ALL, value: 1_000_000 })),
  { year: 1988, category: "pledge", value: 100 },
];

describe("buildShare", () => {
  it("is Japan ÷ all DAC donors in percent", () => {
    expect(buildShare(25, 100)).toBe(25);
  });
  it("is null when either side is missing or the total is not positive", () => {
    expect(buildShare(null, 100)).toBeNull();
    expect(buildShare(5, null)).toBeNull();
    expect(buildShare(5, 0)).toBeNull();
    expect(buildShare(5, -3)).toBeNull();
  });
});

describe("buildAidSeries", () => {
  const series = buildAidSeries(rows, 1983, 1989);
  it("has one point per year, gaps as null (never zero)", () => {
    expect(series.map((p) => p.year)).toEqual([1983, 1984, 1985, 1986, 1987, 1988, 1989]);
    expect(series.filter((p) => p.japan === null).map((p) => p.year)).toEqual([1984, 1985, 1986, 1987]);
    expect(series.some((p) => p.japan === 0)).toBe(false);
  });
  it("derives the share only where both series have a value", () => {
    expect(series[0]?.sharePct).toBeCloseTo(9);
    expect(series[1]?.sharePct).toBeNull();
    expect(series[1]?.allDac).toBe(1_000_000);
  });
  it("keeps negative net flows as they are", () => {
    expect(series[6]?.japan).toBe(-50_000);
  });
  it("ignores press categories", () => {
    expect(series[5]?.japan).toBe(860_000);
  });
  it("groups missing years into runs", () => {
    expect(buildGapRuns(series)).toEqual([[1984, 1987]]);
  });
});

describe("buildPeriodSum", () => {
  it("sums the years with data and reports which years were missing", () => {
    const s = buildPeriodSum(rows, 1983, 1989);
    expect(s.sum).toBe(90_000 + 860_000 - 50_000);
    expect(s.yearsWithData).toEqual([1983, 1988, 1989]);
    expect(s.yearsMissing).toEqual([1984, 1985, 1986, 1987]);
  });
  it("is null (not zero) when no year has data", () => {
    expect(buildPeriodSum(rows, 1984, 1987).sum).toBeNull();
  });
  it("describes years compactly", () => {
    expect(buildYearRanges([1988, 1983, 1989, 1990, 1992])).toBe("1983, 1988–1990, 1992");
    expect(buildYearRanges([])).toBe("");
  });
});

describe("milestone comparisons", () => {
  const base: Omit<MilestoneInput, "periodStart" | "periodEnd" | "category"> = {
    value: 1,
    unit: "USD_million",
    basis: "as stated",
    sourceTitle: "t",
    source: "https://x",
    notes: "",
  };
  it("parses periods as printed", () => {
    expect(buildPeriodYear("1992")).toEqual({ year: 1992, fiscal: false });
    expect(buildPeriodYear("FY1993")).toEqual({ year: 1993, fiscal: true });
    expect(buildPeriodYear("early 1990s")).toBeNull();
    expect(buildPeriodYear("")).toBeNull();
    expect(buildPeriodLabel("", "FY2009")).toBe("to FY2009");
    expect(buildPeriodLabel("2002", "")).toBe("since 2002");
  });
  it("compares totals with the WDI sum over the same years, and only totals", () => {
    const out = buildMilestoneComparisons(
      [
        { ...base, periodStart: "1983", periodEnd: "1988", category: "total_oda" },
        { ...base, periodStart: "FY1983", periodEnd: "FY1988", category: "loan_aid" },
        { ...base, periodStart: "early 1990s", periodEnd: "2011", category: "total_oda" },
        { ...base, periodStart: "1994", periodEnd: "2024", category: "demining_support" },
      ],
      rows,
    );
    expect(out).toHaveLength(3);
    expect(out[0]?.wdi?.sum).toBe(950_000);
    expect(out[0]?.wdi?.yearsMissing).toEqual([1984, 1985, 1986, 1987]);
    expect(out[1]?.wdi).toBeNull();
    expect(out[1]?.fiscal).toBe(true);
    expect(out[2]?.wdi).toBeNull();
    expect(out[2]?.noComparison).toMatch(/start or end/);
  });
});

describe("buildAidSummary", () => {
  it("finds the latest year with data, the peak and the gaps", () => {
    const s = buildAidSummary(buildAidSeries(rows, 1983, 1990));
    expect(s.latest?.year).toBe(1989);
    expect(s.peak?.year).toBe(1988);
    expect(s.gaps).toEqual([
      [1984, 1987],
      [1990, 1990],
    ]);
    expect(s.yearsWithData).toBe(3);
  });
});
