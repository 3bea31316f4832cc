import { describe, expect, it } from "vitest";
import { createEngine } from "@/components/a11y/chart-access-engine";
import { formatValue } from "@/lib/a11y/announce";
import type { ChartAccessInput } from "@/lib/a11y/types";
import { japanReportedImports } from "./a11y-fixtures";

const imports = japanReportedImports(2000, 2019);
const input: ChartAccessInput = {
  id: "trade",
  label: "Japan–Cambodia trade",
  series: [imports, { ...japanReportedImports(2000, 2019), id: "b", label: "Second series" }],
};

function engine() {
  const said: string[] = [];
  const eng = createEngine(input, { announce: (t) => said.push(t), onSound: () => {} });
  const press = (...keys: ("ArrowDown" | "ArrowUp" | "ArrowLeft" | "ArrowRight" | "Home" | "End")[]) =>
    keys.forEach((key) => eng.act({ kind: "nav", key }));
  return { eng, said, press };
}

describe("chart region engine", () => {
  it("down, down, right leaves the second decade's first and last values as the last announcement", () => {
    const { said, press } = engine();
    press("ArrowDown", "ArrowDown", "ArrowRight");
    const decade = imports.points.filter((p) => p.year >= 2010);
    expect(said.at(-1)).toContain(`from ${formatValue(decade[0]!.value!, "USD million")} in 2010`);
    expect(said.at(-1)).toContain(`to ${formatValue(decade.at(-1)!.value!, "USD million")} in 2019`);
  });

  it("moving to another series announces the series node, not a sound message over it", () => {
    const { eng, said, press } = engine();
    press("ArrowDown", "ArrowRight");
    expect(said.at(-1)).toMatch(/^Series 2 of 2\. 2000–2019, Second series/);
    expect(eng.sound.snapshot.series).toBe(1);
  });

  it("Enter away from a year says how to reach one instead of playing", () => {
    const { eng, said } = engine();
    eng.act({ kind: "hear-year" });
    expect(said.at(-1)).toBe("Go down to a year to hear it: Down arrow three times from the chart.");
    expect(eng.sound.snapshot.status).toBe("idle");
  });
});
