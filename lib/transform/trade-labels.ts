import { THEME } from "@/lib/chart/theme";
import type { TradeSeries } from "@/lib/schemas/trade";
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

/** Series colours, from the one chart theme. */
export const TRADE_COLORS = {
  japanToCambodia: THEME.color.japanToCambodia,
  cambodiaToJapan: THEME.color.cambodiaToJapan,
  balance: THEME.color.balance,
  japanReported: THEME.color.japanToCambodia,
  cambodiaReported: THEME.color.cambodiaToJapan,
  gap: THEME.color.balance,
  press: THEME.color.press,
} as const;
