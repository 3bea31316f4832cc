import { describe, expect, it } from "vitest";
import { formatValue } from "@/lib/a11y/announce";
import { announce, buildNavTree, INITIAL_NAV, navigate, nodeAt, type NavKey, yearAt } from "@/lib/a11y/navigation";
import type { ChartAccessInput } from "@/lib/a11y/types";
import { japanReportedImports } from "./a11y-fixtures";

const imports = japanReportedImports(2000, 2019);
const second = { ...japanReportedImports(2000, 2019), id: "other", label: "Second series" };
const input: ChartAccessInput = { id: "trade", label: "Japan–Cambodia trade", series: [imports, second] };
const tree = buildNavTree(input);
const walk = (keys: NavKey[]) => keys.reduce((s, k) => navigate(tree, s, k), INITIAL_NAV);

describe("chart navigation tree", () => {
  it("down, down, right reaches the second decade of the first series, announced with its first and last values", () => {
    const state = walk(["ArrowDown", "ArrowDown", "ArrowRight"]);
    expect(state.path).toEqual([0, 1]);
    const text = announce(tree, walk(["ArrowDown", "ArrowDown"]), state);
    const decade = imports.points.filter((p) => p.year >= 2010 && p.year <= 2019);
    const first = decade[0]!;
    const last = decade[decade.length - 1]!;
    expect(text).toContain("2010s, Cambodia → Japan as Japan reports it");
    expect(text).toContain(`from ${formatValue(first.value!, "USD million")} in 2010`);
    expect(text).toContain(`to ${formatValue(last.value!, "USD million")} in 2019`);
  });

  it("the summary names the chart and every series; a series node gives its range and decade count", () => {
    expect(tree.text).toContain("Japan–Cambodia trade. 2 series: Cambodia → Japan as Japan reports it; Second series.");
    const series = nodeAt(tree, [0]).text;
    expect(series).toContain("Series 1 of 2. 2000–2019, Cambodia → Japan as Japan reports it");
    expect(series).toContain("2 decades");
  });

  it("states the decade's low and high from the data", () => {
    const decade = imports.points.filter((p) => p.year < 2010);
    const low = decade.reduce((a, b) => (b.value! < a.value! ? b : a));
    const high = decade.reduce((a, b) => (b.value! > a.value! ? b : a));
    const text = nodeAt(tree, [0, 0]).text;
    expect(text).toContain(`lowest ${formatValue(low.value!, "USD million")} in ${low.year}`);
    expect(text).toContain(`highest ${formatValue(high.value!, "USD million")} in ${high.year}`);
  });

  it("a year node announces year, value with unit and series; Home and End reach the decade's ends", () => {
    const first = walk(["ArrowDown", "ArrowDown", "ArrowDown"]);
    expect(yearAt(tree, first)).toBe(2000);
    expect(nodeAt(tree, first.path).text).toBe(
      `2000: ${formatValue(imports.points[0]!.value!, "USD million")}, Cambodia → Japan as Japan reports it.`,
    );
    expect(yearAt(tree, navigate(tree, first, "End"))).toBe(2009);
    expect(yearAt(tree, navigate(tree, navigate(tree, first, "End"), "Home"))).toBe(2000);
  });

  it("up returns level by level to the summary; left/right move between series", () => {
    const s2 = walk(["ArrowDown", "ArrowRight"]);
    expect(s2.path).toEqual([1]);
    expect(walk(["ArrowDown", "ArrowRight", "ArrowLeft"]).path).toEqual([0]);
    expect(walk(["ArrowDown", "ArrowDown", "ArrowDown", "ArrowUp", "ArrowUp", "ArrowUp"]).path).toEqual([]);
  });

  it("a key that cannot move keeps the state and says so", () => {
    const top = navigate(tree, INITIAL_NAV, "ArrowUp");
    expect(top).toBe(INITIAL_NAV);
    expect(announce(tree, INITIAL_NAV, top)).toMatch(/^Top of the chart\. /);
    const firstSeries = walk(["ArrowDown"]);
    const left = navigate(tree, firstSeries, "ArrowLeft");
    expect(left).toBe(firstSeries);
    expect(announce(tree, firstSeries, left)).toMatch(/^No further item\. Series 1 of 2/);
    const year = walk(["ArrowDown", "ArrowDown", "ArrowDown"]);
    expect(navigate(tree, year, "ArrowDown")).toBe(year);
  });

  it("says 'no data' for a gap year and counts gaps and estimates in the decade", () => {
    const withGap: ChartAccessInput = {
      id: "t",
      label: "T",
      series: [
        {
          ...imports,
          points: imports.points.map((p) =>
            p.year === 2003 ? { ...p, value: null } : p.year === 2004 ? { ...p, estimate: true } : p,
          ),
        },
      ],
    };
    const t = buildNavTree(withGap);
    expect(nodeAt(t, [0, 0, 3]).text).toBe("2003: no data, Cambodia → Japan as Japan reports it.");
    expect(nodeAt(t, [0, 0, 4]).text).toMatch(/^2004: USD [\d.,]+ million, estimate, /);
    expect(nodeAt(t, [0, 0]).text).toContain("1 year without data, 1 estimate.");
  });

  it("a decade with no value at all says no data instead of inventing a range", () => {
    const empty: ChartAccessInput = {
      id: "t",
      label: "T",
      series: [
        {
          id: "x",
          label: "X",
          unit: "%",
          points: [1990, 1991].map((year) => ({ year, value: null, estimate: false })),
        },
      ],
    };
    expect(nodeAt(buildNavTree(empty), [0, 0]).text).toBe("1990s, X: no data.");
  });
});
