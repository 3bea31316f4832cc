import "server-only";
import { loadDataset } from "./read-data-file";
import type { IndicatorRow } from "@/lib/schemas/indicators";

export type { IndicatorRow };

/** Every sourced point of other_indicators.csv (residents, visitors, investment …). */
export function getIndicatorRows(dir?: string): Promise<IndicatorRow[]> {
  return loadDataset("indicators", dir);
}
