import type { TradeRow } from "@/lib/schemas/trade";

/** A small synthetic trade table: two reporters, gaps, an estimate and press rows after the IMF years. */
function row(p: Partial<TradeRow> & Pick<TradeRow, "year" | "flow" | "value" | "series">): TradeRow {
  const japan = p.series.startsWith("japan") || p.series === "imf_dots_japan_reported";
  return {
    unit: p.series === "japan_mof_yen_press" ? "JPY_billion" : "USD_million",
    reporter: japan ? "Japan" : "Cambodia",
    sourceTitle: `title ${p.series}`,
    source: `src ${p.series}`,
    notes: "",
    estimate: false,
    ...p,
  };
}

export const FIXTURE: TradeRow[] = [
  row({ year: 2000, flow: "japan_to_cambodia", value: 10, series: "imf_dots_japan_reported" }),
  row({ year: 2000, flow: "cambodia_to_japan", value: 4.5, series: "imf_dots_japan_reported" }),
  // 2001 missing entirely for Japan: a gap
  row({ year: 2002, flow: "japan_to_cambodia", value: 81.8, series: "imf_dots_japan_reported" }),
  row({ year: 2002, flow: "cambodia_to_japan", value: 119.2, series: "imf_dots_japan_reported" }),
  row({ year: 2003, flow: "japan_to_cambodia", value: 20, series: "imf_dots_japan_reported" }), // only one flow
  row({ year: 2000, flow: "japan_to_cambodia", value: 12, series: "imf_dots_cambodia_reported", estimate: true }),
  row({ year: 2000, flow: "cambodia_to_japan", value: 3, series: "imf_dots_cambodia_reported" }),
  row({ year: 2001, flow: "japan_to_cambodia", value: 11, series: "imf_dots_cambodia_reported" }),
  row({ year: 2003, flow: "total_bilateral", value: 99, series: "imf_dots_japan_reported" }),
  row({ year: 2002, flow: "japan_to_cambodia", value: 80, series: "japan_jetro_usd_press" }), // overlaps IMF: not a press point
  row({ year: 2005, flow: "japan_to_cambodia", value: 30, series: "japan_jetro_usd_press" }),
  row({ year: 2005, flow: "total_bilateral", value: 90, series: "japan_jetro_usd_press" }),
  row({ year: 2005, flow: "cambodia_to_japan", value: 250, series: "japan_mof_yen_press" }),
  row({ year: 2004, flow: "cambodia_to_japan", value: 7, series: "cambodia_gdce_press" }),
];
