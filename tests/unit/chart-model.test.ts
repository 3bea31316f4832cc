import { describe, expect, it } from "vitest";
import { buildAidChart } from "@/views/aid/figure";
import { buildChart, buildYearTicks, type ChartSpec } from "@/lib/chart/build-chart";
import { buildTradeCharts } from "@/views/trade/figure";
import { estimateLabelWidth, placeMarkerLabels } from "@/lib/chart/marker-labels";
import { yearCenter } from "@/lib/chart/model";
import { renderChartSvg } from "@/lib/chart/render-svg";
import { serializeSvg } from "@/lib/chart/svg-node";
import { THEME } from "@/lib/chart/theme";
import type { AidYearPoint } from "@/lib/transform/aid-series";
import type { KeyEvent } from "@/lib/schemas/events";
import { tradePanel as panel } from "./chart-fixtures";

const k = (year: number, short: string): KeyEvent => ({
  id: `${year}-${short}`,
  year,
  short,
  title: short,
  dateLabel: `${year}`,
  href: `/timeline#${year}`,
});

const trade = (opts: { markers?: KeyEvent[]; highlightYear?: number | null } = {}, size: "wide" | "narrow" = "wide") =>
  buildTradeCharts([panel], { markers: opts.markers ?? [], highlightYear: opts.highlightYear ?? null }, size)[0]!;

describe("buildTradeCharts", () => {
  const m = trade();
  const p = m.panels[0]!;
  it("draws one bar per published value: a missing year stays a gap", () => {
    expect(p.bars.map((b) => b.year)).toEqual([2000, 2002, 2003]);
  });
  it("flags estimates and lists the estimate hatch in the legend", () => {
    expect(p.bars.filter((b) => b.estimate).map((b) => b.year)).toEqual([2000]);
    expect(m.legend.some((e) => e.hatched && /estimate/.test(e.label))).toBe(true);
  });
  it("breaks the line at a missing year instead of interpolating", () => {
    expect(p.lines[0]!.segments.map((s) => s.map((q) => q.year))).toEqual([[2000], [2002, 2003]]);
  });
  it("puts a negative balance below the zero line and keeps bars inside the plot", () => {
    const zero = p.yTicks.find((t) => t.value === 0)!.pos;
    const neg = p.lines[0]!.segments[1]![0]!;
    expect(neg.value).toBeLessThan(0);
    expect(neg.y).toBeGreaterThan(zero);
    for (const b of p.bars) {
      expect(b.y).toBeGreaterThanOrEqual(p.plot.y - 0.1);
      expect(b.y + b.height).toBeLessThanOrEqual(zero + 0.1);
    }
    expect(p.points[0]).toMatchObject({ year: 2003, value: 40 });
    expect(p.points[0]!.cy).toBeLessThan(zero);
  });
  it("centres bars, points and markers on the same year slots", () => {
    const marked = trade({ markers: [k(2002, "x")] });
    const bar = marked.panels[0]!.bars.find((b) => b.year === 2002)!;
    expect(marked.markers[0]!.x).toBeCloseTo(bar.x + bar.width / 2, 0);
    expect(marked.markers[0]!.x).toBeCloseTo(yearCenter(marked, 2002), 0);
    expect(marked.markers[0]!.labelY).toBeLessThan(marked.panels[0]!.plot.y);
    expect(marked.panels[0]!.plot.y).toBeGreaterThan(m.panels[0]!.plot.y);
  });
  it("highlights a year on the axis with a band around its bars, and nothing for a year off it", () => {
    const hl = trade({ highlightYear: 2002 });
    const bar = hl.panels[0]!.bars.find((b) => b.year === 2002)!;
    expect(bar.highlight).toBe(true);
    expect(hl.highlight!.x).toBeLessThanOrEqual(bar.x);
    expect(hl.highlight!.x + hl.highlight!.width).toBeGreaterThanOrEqual(bar.x + bar.width - 0.1);
    expect(trade({ highlightYear: 1999 }).highlight).toBeNull();
  });
  it("numbers the markers on the narrow figure", () => {
    const narrow = trade({ markers: [k(2000, "Long label one"), k(2001, "Long label two")] }, "narrow");
    expect(narrow.markers.map((x) => x.label)).toEqual(["1", "2"]);
    expect(narrow.width).toBe(THEME.size.narrow.width);
  });
});

describe("buildAidChart", () => {
  const series: AidYearPoint[] = [1983, 1984, 1985, 1986, 1987, 1988].map((year, i) => ({
    year,
    japan: i === 0 || i === 5 ? 2e6 * (i + 1) : null,
    allDac: i === 0 || i === 5 ? 1e7 : null,
    sharePct: i === 0 || i === 5 ? 20 * (i + 1) : null,
  }));
  const m = buildAidChart(series, { markers: [], highlightYear: 1985 }, "wide");
  it("draws the 1984–1987 gap as one labelled no-data band and no bars there", () => {
    const oda = m.panels[0]!;
    expect(oda.gaps).toEqual([expect.objectContaining({ from: 1984, to: 1987, label: "no data 1984–1987" })]);
    expect(oda.bars.map((b) => b.year)).toEqual([1983, 1988]);
    expect(m.legend.map((e) => e.label)).toContain("no data in the source");
  });
  it("breaks the share line across the gap and names a highlighted year without data", () => {
    expect(m.panels[1]!.lines[0]!.segments).toHaveLength(2);
    expect(m.panels[0]!.callout?.text).toBe("1985: no data");
  });
  it("labels years only under the lower panel", () => {
    expect(m.panels[0]!.xTicks).toEqual([]);
    expect(m.panels[1]!.xTicks.length).toBeGreaterThan(0);
  });
});

describe("placeMarkerLabels", () => {
  it("never lets two labels on a row overlap, even when the rows run out", () => {
    const labels = ["Paris Agreements", "Embassy reopens", "Strategic partnership", "RCEP", "Another"].map(
      (label, i) => ({
        label,
        x: 100 + i * 4,
      }),
    );
    const placed = placeMarkerLabels(labels, { rows: 3, maxX: 2000, fontSize: 12 });
    for (const a of placed)
      for (const b of placed) {
        if (a === b || a.row !== b.row) continue;
        const [l1, l2] = [a.labelX, b.labelX];
        const [w1, w2] = [estimateLabelWidth(a.label, 12), estimateLabelWidth(b.label, 12)];
        expect(l1 + w1 <= l2 || l2 + w2 <= l1, `${a.label} / ${b.label}`).toBe(true);
      }
  });
  it("draws a label leftwards when it would run past the right edge", () => {
    const [p] = placeMarkerLabels([{ label: "RCEP in force", x: 590 }], { rows: 3, maxX: 600, fontSize: 12 });
    expect(p!.anchor).toBe("end");
    expect(p!.labelX).toBeLessThanOrEqual(590);
  });
});

describe("the static renderer", () => {
  it("writes escaped marker labels and the highlight band, without links in a file", () => {
    const m = trade({ markers: [k(2001, "Paris & peace")], highlightYear: 2002 });
    const svg = serializeSvg(renderChartSvg(m, { links: false, idPrefix: "p" }));
    expect(svg).toContain(">Paris &amp; peace</text>");
    expect(svg).toContain('class="highlight-band" data-year="2002"');
    expect(svg).not.toContain("<a ");
    expect(serializeSvg(renderChartSvg(trade(), { links: false, idPrefix: "p" }))).not.toContain("stroke-dasharray");
  });
});

describe("buildChart", () => {
  it("thins year ticks by the plot's width", () => {
    expect(buildYearTicks([2000, 2001, 2002], 800)).toEqual([2000, 2001, 2002]);
    const years = Array.from({ length: 66 }, (_, i) => 1960 + i);
    const ticks = buildYearTicks(years, 300);
    expect(ticks.length).toBeLessThanOrEqual(300 / 44);
    expect(ticks.every((y) => y % 10 === 0)).toBe(true);
  });
  it("gives the narrow figure a taller aspect than the wide one", () => {
    const spec: ChartSpec = {
      id: "x",
      title: "x",
      description: "x",
      years: [2000],
      panels: [],
      markers: [],
      highlightYear: null,
      legend: [],
      notes: [],
    };
    const wide = buildChart(spec, "wide");
    const narrow = buildChart(spec, "narrow");
    expect(narrow.height / narrow.width).toBeGreaterThan(wide.height / wide.width);
  });
});
