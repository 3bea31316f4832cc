import { describe, expect, it } from "vitest";
import { buildTradeCharts } from "@/views/trade/figure";
import { buildPreviewMarks, previewText } from "@/lib/og/preview-marks";
import type { ChartPanel } from "@/views/trade/model/trade-chart-series";
import { tradePanel } from "./chart-fixtures";

const panel: ChartPanel = {
  ...tradePanel,
  series: tradePanel.series.map((s, i) => (i === 0 ? { ...s, label: "Japan → Cambodia" } : s)),
};
const model = buildTradeCharts([panel], { markers: [], highlightYear: null }, "wide")[0]!;
const marks = buildPreviewMarks(model);

describe("buildPreviewMarks", () => {
  it("keeps every mark of the model at its place and in its series' colour", () => {
    const p = model.panels[0]!;
    expect(marks.bars).toEqual(
      p.bars.map((b) => ({ x: b.x, y: b.y, width: b.width, height: b.height, color: "#111111", estimate: b.estimate })),
    );
    expect(marks.bars.filter((b) => b.estimate)).toHaveLength(1);
    // The balance line is broken at the missing year, as on the page: two moves in the path.
    expect(marks.lines).toHaveLength(1);
    expect(marks.lines[0]!.d.match(/M/g)).toHaveLength(2);
    expect(marks.points).toEqual([{ cx: p.points[0]!.cx, cy: p.points[0]!.cy, color: "#333333" }]);
  });

  it("labels only the axis extremes: lowest and highest y tick, first and last year tick", () => {
    const p = model.panels[0]!;
    const texts = marks.labels.map((l) => l.text);
    expect(texts).toEqual([
      p.yTicks[0]!.label,
      p.yTicks[p.yTicks.length - 1]!.label,
      p.xTicks[0]!.label,
      p.xTicks[p.xTicks.length - 1]!.label,
    ]);
  });

  it("lists the drawn series in the legend, without the hatched entries it does not draw", () => {
    expect(marks.legend.map((e) => e.label)).toEqual(["Japan to Cambodia", "Balance", "Press"]);
  });
});

describe("previewText", () => {
  it("spells out arrows, which the preview font has no glyph for", () => {
    expect(previewText("Balance (derived): Japan → Cambodia minus Cambodia → Japan")).toBe(
      "Balance (derived): Japan to Cambodia minus Cambodia to Japan",
    );
  });
});
