import type { TradeSeries } from "@/lib/data/schemas/trade";
import type { BilateralFlow, Reporter, ReporterView } from "@/lib/transform/trade-series";

export const FLOW_LABEL: Record<BilateralFlow, string> = {
  japan_to_cambodia: "Japan → Cambodia",
  cambodia_to_japan: "Cambodia → Japan",
};

/** What each flow is in the reporting side's own books, with its valuation basis. */
export const FLOW_AS_RECORDED: Record<Reporter, Record<BilateralFlow, string>> = {
  japan: {
    japan_to_cambodia: "Japan's exports to Cambodia (FOB)",
    cambodia_to_japan: "Japan's imports from Cambodia (CIF)",
  },
  cambodia: {
    japan_to_cambodia: "Cambodia's imports from Japan (CIF)",
    cambodia_to_japan: "Cambodia's exports to Japan (FOB)",
  },
};

export const REPORTER_LABEL: Record<ReporterView, string> = {
  japan: "Japan-reported",
  cambodia: "Cambodia-reported",
  both: "Both reporters (mirror view)",
};

export const SERIES_SHORT: Record<TradeSeries, string> = {
  imf_dots_japan_reported: "IMF DOTS, reported by Japan",
  imf_dots_cambodia_reported: "IMF DOTS, reported by Cambodia",
  japan_jetro_usd_press: "JETRO (Japan MOF data), press report",
  cambodia_gdce_press: "Cambodian customs (GDCE), press report",
  japan_mof_yen_press: "Japan MOF (yen), press report",
};

/** Literal colours: the same values as the CSS tokens, usable where CSS variables are not (exports). */
export const TRADE_COLORS = {
  japanToCambodia: "#1f77b4",
  cambodiaToJapan: "#d95f02",
  balance: "#1d2330",
  japanReported: "#1f77b4",
  cambodiaReported: "#d95f02",
  gap: "#1d2330",
  press: "#7b3294",
} as const;

/** Event markers on the trade chart: a neutral dark grey, so they never read as a data series. */
export const EVENT_MARKER_COLOR = "#4f5868";
