import { describe, expect, it } from "vitest";
import { buildChart, type ChartSpec, type PanelSpec } from "@/lib/chart/build-chart";
import { project } from "@/lib/chart/model";
import { buildLogYScale, buildYScale, yTicksOf } from "@/lib/chart/scales";

const years = [1960, 1961, 1962, 1963];
const panelOf = (scale: PanelSpec["scale"], values: (number | null)[], kind: "bar" | "line" = "bar"): PanelSpec => ({
  id: "p",
  unit: "USD million",
  axisTitle: "USD million",
  weight: 1,
  tickFormat: (v) => String(v),
  scale,
  series: [{ id: "s", label: "S", color: "#000000", kind, derived: false, values }],
});
const chartOf = (panel: PanelSpec): ChartSpec => ({
  id: "t",
  title: "t",
  description: "t",
  years,
  panels: [panel],
  markers: [],
  highlightYear: null,
  legend: [],
  notes: [],
});

describe("log y scale", () => {
  it("runs between the powers of ten around the positive values", () => {
    expect(buildLogYScale([2.5, 0, -3, 1727.4], [100, 0]).domain).toEqual([1, 10000]);
    expect(buildLogYScale([10, 100], [100, 0]).domain).toEqual([10, 100]);
    expect(buildLogYScale([5], [100, 0]).domain).toEqual([1, 10]);
  });
  it("labels powers of ten only", () => {
    const scale = buildLogYScale([0.2, 25_000], [100, 0]);
    const ticks = yTicksOf(scale, 6);
    expect(ticks).toEqual([0.1, 1, 10, 100, 1000, 10000, 100000]);
    expect(yTicksOf(buildLogYScale([0.001, 1e6], [100, 0]), 3)).toEqual([0.001, 1, 1000, 1e6]);
  });
  it("projects equal ratios to equal distances", () => {
    const scale = buildLogYScale([1, 1000], [300, 0]);
    expect(project(scale, 1)).toBe(300);
    expect(project(scale, 1000)).toBe(0);
    expect(project(scale, 10) - project(scale, 100)).toBeCloseTo(project(scale, 100) - project(scale, 1000));
  });
  it("draws small bars up from the axis' bottom where a linear axis would flatten them", () => {
    const values = [2, 25, null, 2000];
    const log = buildChart(chartOf(panelOf({ kind: "log" }, values)), "wide").panels[0]!;
    const linear = buildChart(chartOf(panelOf(undefined, values)), "wide").panels[0]!;
    const bottom = log.plot.y + log.plot.height;
    const first = log.bars.find((b) => b.year === 1960)!;
    expect(first.y + first.height).toBeCloseTo(bottom, 0);
    expect(first.height).toBeGreaterThanOrEqual(4);
    expect(linear.bars.find((b) => b.year === 1960)!.height).toBeLessThan(1);
    expect(log.bars.map((b) => b.year)).toEqual([1960, 1961, 1963]);
  });
  it("leaves zero and negative values off the axis: no bar, and a break in the line", () => {
    const bars = buildChart(chartOf(panelOf({ kind: "log" }, [0, 5, -2, 50])), "wide").panels[0]!;
    expect(bars.bars.map((b) => b.year)).toEqual([1961, 1963]);
    const line = buildChart(chartOf(panelOf({ kind: "log" }, [3, 5, -2, 50], "line")), "wide").panels[0]!;
    expect(line.lines[0]!.segments.map((s) => s.map((p) => p.year))).toEqual([[1960, 1961], [1963]]);
  });
});

describe("index y scale", () => {
  it("is linear and names its base year", () => {
    const scale = buildYScale([100, 240, 80], [100, 0], 5, 0, { kind: "index", base: 2000 });
    expect(scale).toMatchObject({ kind: "index", base: 2000 });
    expect(project(scale, scale.domain[0]) - project(scale, (scale.domain[0] + scale.domain[1]) / 2)).toBeCloseTo(50);
  });
});
