import { buildCsv } from "@/lib/export/csv";
import type { AidYearPoint } from "./aid-series";

export const AID_SOURCE_NOTE =
  "World Bank, World Development Indicators (DC.DAC.JPNL.CD; DC.DAC.TOTL.CD), based on OECD DAC data, CC BY 4.0. Net disbursements, current USD. Share is derived, to 6 significant digits.";

/**
 * CSV of the aid series. Values are exactly as stored (USD, not millions); missing
 * years are empty cells, never 0. The share column is computed here and says so.
 */
export const buildAidCsv = (series: readonly AidYearPoint[]): string =>
  buildCsv(AID_CSV_COLUMNS, buildAidCsvRows(series), "\n");

export const AID_CSV_COLUMNS = [
  "year",
  "japan_net_bilateral_oda_usd",
  "all_dac_donors_net_bilateral_oda_usd",
  "japan_share_pct_derived",
  "source",
] as const;

export type AidCsvRow = {
  year: number;
  japan_net_bilateral_oda_usd: number | null;
  all_dac_donors_net_bilateral_oda_usd: number | null;
  japan_share_pct_derived: number | null;
  source: string;
};

/** The rows of the aid CSV (one per year, gaps as null), shared by the API and the chart export. */
export function buildAidCsvRows(series: readonly AidYearPoint[]): AidCsvRow[] {
  return series.map((p) => ({
    year: p.year,
    japan_net_bilateral_oda_usd: p.japan,
    all_dac_donors_net_bilateral_oda_usd: p.allDac,
    japan_share_pct_derived: p.sharePct,
    source: AID_SOURCE_NOTE,
  }));
}
