import { describe, expect, it } from "vitest";
import { buildBarLineLayout, buildYearTicks } from "@/lib/transform/bar-line-layout";

const input = {
  years: [2000, 2001, 2002, 2003],
  bars: [
    { key: "a", values: [10, null, 30, 5] },
    { key: "b", values: [5, null, null, -8], flags: [true, false, false, false] },
  ],
  lines: [{ key: "bal", values: [5, null, -10, -5] }],
  points: [{ key: "p", values: [null, null, null, 40] }],
  width: 400,
  height: 200,
  margin: { top: 10, right: 10, bottom: 30, left: 40 },
};

describe("buildBarLineLayout", () => {
  const layout = buildBarLineLayout(input);
  it("draws one bar per published value and none for gaps", () => {
    expect(layout.bars.filter((b) => b.key === "a")).toHaveLength(3);
    expect(layout.bars.filter((b) => b.key === "b")).toHaveLength(2);
    expect(layout.bars.find((b) => b.key === "b" && b.year === 2000)?.flagged).toBe(true);
  });
  it("breaks the line at a missing year instead of interpolating", () => {
    const d = layout.lines[0]!.d;
    expect(d.match(/M/g)).toHaveLength(2);
    expect(d.match(/L/g)).toHaveLength(1);
  });
  it("puts negative values below the zero line and bars inside the plot", () => {
    const negative = layout.bars.filter((b) => b.value < 0);
    expect(negative.map((b) => [b.key, b.year])).toEqual([["b", 2003]]);
    for (const b of layout.bars) {
      // Positive bars stand on the zero line, negative ones hang from it; none leaves the plot.
      expect(b.y).toBeCloseTo(b.value < 0 ? layout.zeroY : layout.zeroY - b.height, 6);
      expect(b.height).toBeGreaterThan(0);
      expect(b.y).toBeGreaterThanOrEqual(layout.plot.y - 0.001);
      expect(b.y + b.height).toBeLessThanOrEqual(layout.plot.y + layout.plot.height + 0.001);
    }
    // Bar heights are proportional to |value|: the −8 bar is 8/5 of the +5 bar of the same series.
    const b2000 = layout.bars.find((b) => b.key === "b" && b.year === 2000)!;
    expect(negative[0]!.height / b2000.height).toBeCloseTo(8 / 5, 6);
    expect(layout.yTicks.some((t) => t.value < 0)).toBe(true);
    expect(layout.points[0]).toMatchObject({ year: 2003, value: 40 });
    expect(layout.points[0]!.cy).toBeLessThan(layout.zeroY);
  });
});

describe("buildYearTicks", () => {
  it("labels every year on short ranges and thins long ones", () => {
    expect(buildYearTicks([2000, 2001, 2002], 800)).toEqual([2000, 2001, 2002]);
    const years = Array.from({ length: 66 }, (_, i) => 1960 + i);
    const ticks = buildYearTicks(years, 300);
    expect(ticks.length).toBeLessThanOrEqual(300 / 44);
    expect(ticks.every((y) => y % 10 === 0)).toBe(true);
  });
});
