import { describe, expect, it } from "vitest";
import { explainOku, formatQuantity, formatShare } from "@/lib/format";
import { isShareOfSmallTotal } from "@/lib/transform/aid-series";
import { buildDacShares } from "@/views/region/model/region-aid";
import type { ChartPanel } from "@/views/trade/model/trade-chart-series";
import { buildPanelValueSpan, buildShownRange } from "@/views/trade/model/trade-display";
import { buildPressAfterImf } from "@/lib/transform/trade-headline";
import { FIXTURE } from "./trade-fixtures";

describe("formatShare", () => {
  it("prints two decimals from 0.005 % up, as before", () => {
    expect(formatShare(7.6749)).toBe("7.67 %");
    expect(formatShare(0.005)).toBe("0.01 %");
    expect(formatShare(12)).toBe("12.00 %");
  });
  it("keeps two significant digits where two decimals would print 0.00 %", () => {
    expect(formatShare(0.0012345)).toBe("0.0012 %");
    expect(formatShare(0.000504)).toBe("0.0005 %");
    expect(formatShare(0.0049)).toBe("0.0049 %");
    expect(formatShare(-0.0012345)).toBe("−0.0012 %");
  });
  it("never prints 0.00 % for a share that is not zero, and says 0 % for zero", () => {
    for (const p of [1e-9, 3.3e-5, 0.0004, 0.00449]) expect(formatShare(p)).not.toBe("0.00 %");
    expect(formatShare(0)).toBe("0 %");
  });
});

describe("formatQuantity and explainOku", () => {
  it("puts the unit after the number", () => {
    expect(formatQuantity(2099, "USD_million")).toBe("2,099 USD million");
    expect(formatQuantity(133.09, "JPY_100million")).toBe("133.09 oku yen (億円, 100 million yen)");
  });
  it("glosses the first oku of a note and leaves other notes alone", () => {
    expect(explainOku("two-way trade 20.99 oku USD (-8%)")).toBe("two-way trade 20.99 oku (億, 100 million) USD (-8%)");
    expect(explainOku("2,540 oku yen; 673 oku yen")).toBe("2,540 oku (億, 100 million) yen; 673 oku yen");
    expect(explainOku("no Japanese units; brokered")).toBe("no Japanese units; brokered");
    expect(explainOku("3,213億円")).toBe("3,213億円");
  });
});

const panel = (values: (number | null)[], valueFormat?: "share" | "index"): ChartPanel => ({
  id: "p",
  title: "t",
  unit: "u",
  years: [2018, 2019, 2020, 2021, 2022],
  valueFormat,
  series: [{ values } as ChartPanel["series"][number]],
});

describe("buildShownRange", () => {
  it("finds the first and last year a panel draws", () => {
    expect(buildPanelValueSpan(panel([null, 1, 2, null, null]))).toEqual({ from: 2019, to: 2020 });
    expect(buildPanelValueSpan(panel([null, null, null, null, null]))).toBeNull();
  });
  it("narrows shares and indices to the years with a value, keeps published values' range", () => {
    const query = { measure: "share" as const, from: 2018, to: 2022 };
    const shown = { panels: [panel([1, 2, 3, null, null], "share")], scale: { kind: "linear" as const } };
    expect(buildShownRange(shown, query)).toEqual({ from: 2018, to: 2020 });
    const index = {
      panels: [panel([null, 100, 120, null, null], "index")],
      scale: { kind: "index" as const, base: 2019 },
    };
    expect(buildShownRange(index, { ...query, measure: "value" })).toEqual({ from: 2019, to: 2020 });
    const linear = { panels: [panel([1, 2, 3, null, null])], scale: { kind: "linear" as const } };
    expect(buildShownRange(linear, { ...query, measure: "value" })).toEqual({ from: 2018, to: 2022 });
  });
  it("falls back to the selected range when nothing is drawn", () => {
    const shown = { panels: [panel([null, null, null, null, null], "share")], scale: { kind: "linear" as const } };
    expect(buildShownRange(shown, { measure: "share", from: 2018, to: 2022 })).toEqual({ from: 2018, to: 2022 });
  });
});

describe("Japan's share of the DAC total", () => {
  const aid = (year: number, japan: number, dac: number) => [
    { year, partner: "THA" as const, category: "net_bilateral_oda", value: japan },
    { year, partner: "THA" as const, category: "net_bilateral_oda_all_dac_donors", value: dac },
  ];
  it("is derived only where Japan's net figure lies between zero and the positive total", () => {
    const rows = [...aid(2014, 40, 80), ...aid(2015, -683, 100), ...aid(2016, 120, 100), ...aid(2017, 5, -1)];
    const [ok, negative, above, dacNegative] = buildDacShares(rows, "THA", 2014, 2017);
    expect(ok).toMatchObject({ sharePct: 50, reason: null });
    expect(negative).toMatchObject({ sharePct: null });
    expect(negative!.reason).toContain("Japan's net figure was negative");
    expect(above).toMatchObject({ sharePct: null });
    expect(above!.reason).toContain("exceeded the DAC total");
    expect(dacNegative).toMatchObject({ sharePct: null, reason: "not derived: all DAC donors ≤ 0" });
  });
  it("flags a share of an all-DAC total under USD 1 million", () => {
    expect(isShareOfSmallTotal({ allDac: 220000.0044, sharePct: 68.18 })).toBe(true);
    expect(isShareOfSmallTotal({ allDac: 60440001.05932, sharePct: 0.23 })).toBe(false);
    expect(isShareOfSmallTotal({ allDac: 220000, sharePct: null })).toBe(false);
  });
});

describe("buildPressAfterImf", () => {
  it("lists the Japan-side USD press figures after the IMF year, in flow order, each with its source", () => {
    expect(buildPressAfterImf(FIXTURE, 2003)).toEqual([
      {
        year: 2005,
        figures: [
          {
            flow: "japan_to_cambodia",
            value: 30,
            sourceTitle: "title japan_jetro_usd_press",
            source: "src japan_jetro_usd_press",
          },
          {
            flow: "total_bilateral",
            value: 90,
            sourceTitle: "title japan_jetro_usd_press",
            source: "src japan_jetro_usd_press",
          },
        ],
      },
    ]);
    expect(buildPressAfterImf(FIXTURE, 2005)).toEqual([]);
  });
});
