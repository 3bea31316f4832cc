import { describe, expect, it } from "vitest";
import { placeLineLabels } from "@/lib/chart/line-labels";
import { buildRegionChart } from "@/views/region/figure";
import { estimateLabelWidth } from "@/lib/chart/marker-labels";
import { THEME } from "@/lib/chart/theme";

const end = (series: string, y: number) => ({ series, text: series, x: 100, y, color: "#000" });

describe("line labels", () => {
  it("keeps names apart by a line of text, in the lines' order, inside the plot", () => {
    const placed = placeLineLabels([end("a", 50), end("b", 52), end("c", 53), end("d", 200)], {
      fontSize: 13,
      top: 0,
      bottom: 100,
    });
    const ys = placed.map((l) => l.y);
    expect(placed.map((l) => l.series)).toEqual(["a", "b", "c", "d"]);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(15);
    expect(Math.max(...ys)).toBeLessThanOrEqual(100);
  });

  it("leaves a name that has room where its line ends", () => {
    expect(
      placeLineLabels([end("a", 20), end("b", 80)], { fontSize: 13, top: 0, bottom: 100 }).map((l) => l.y),
    ).toEqual([20, 80]);
  });

  it("names each of the region chart's lines at its end, in the figure model", () => {
    const years = [2000, 2001, 2002];
    const model = buildRegionChart(
      {
        measure: "imports",
        years,
        series: [
          { partner: "KHM", values: [1, 2, 3] },
          { partner: "THA", values: [10, 20, 30] },
        ],
      },
      { scale: "linear" },
      "wide",
    );
    const labels = model.panels[0]!.lineLabels ?? [];
    expect(labels.map((l) => l.text).sort()).toEqual(["Cambodia", "Thailand"]);
    const panel = model.panels[0]!;
    for (const l of labels) {
      const line = panel.lines.find((x) => x.series === l.series)!;
      const last = line.segments.at(-1)!.at(-1)!;
      expect(l.x).toBeGreaterThan(last.x);
      // The name fits in the figure: the plot leaves room for it.
      expect(l.x + estimateLabelWidth(l.text, THEME.font.tick)).toBeLessThanOrEqual(model.width);
    }
  });
});
