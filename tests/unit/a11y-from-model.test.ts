import { describe, expect, it } from "vitest";
import { buildAccessInput } from "@/lib/a11y/from-model";
import { buildChart, type ChartSpec } from "@/lib/chart/build-chart";

const spec = (id: string, title: string): ChartSpec => ({
  id,
  title,
  description: title,
  years: [2000, 2001, 2002],
  panels: [
    {
      id: "p",
      unit: "USD million",
      axisTitle: "USD million",
      weight: 1,
      tickFormat: String,
      series: [
        {
          id: "a",
          label: "Reported by Japan",
          color: "#000000",
          kind: "bar",
          derived: false,
          values: [1.5, null, 3],
          estimates: [false, false, true],
        },
        { id: "gap", label: "Gap (derived)", color: "#000000", kind: "line", derived: true, values: [-2, null, 1] },
        { id: "press", label: "Press", color: "#000000", kind: "point", derived: false, values: [null, null, null] },
      ],
    },
  ],
  markers: [],
  highlightYear: null,
  legend: [],
  notes: [],
});

describe("buildAccessInput", () => {
  it("reads each drawn series with its years, gaps, estimates and unit, and leaves out series with no value", () => {
    const input = buildAccessInput("trade", "Trade", [buildChart(spec("x", "Exports"), "wide")]);
    expect(input.series.map((s) => s.id)).toEqual(["a", "gap"]);
    expect(input.series[0]).toEqual({
      id: "a",
      label: "Reported by Japan",
      unit: "USD million",
      kind: "level",
      points: [
        { year: 2000, value: 1.5, estimate: false },
        { year: 2001, value: null, estimate: false },
        { year: 2002, value: 3, estimate: true },
      ],
    });
    // A series with values below zero sounds with the "below zero" timbre.
    expect(input.series[1]!.kind).toBe("signed");
  });

  it("names each series with its figure when a view draws several", () => {
    const models = [buildChart(spec("x", "Exports"), "wide"), buildChart(spec("y", "Imports"), "wide")];
    const input = buildAccessInput("trade", "Trade", models);
    expect(input.series.map((s) => s.id)).toEqual(["x:a", "x:gap", "y:a", "y:gap"]);
    expect(input.series[2]!.label).toBe("Imports: Reported by Japan");
  });
});
