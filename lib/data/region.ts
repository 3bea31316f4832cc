import "server-only";
import { loadDataset } from "./read-data-file";
import type { RegionAidRow, RegionTradeRow } from "@/lib/schemas/region";

export type { RegionAidRow, RegionTradeRow };

/** Japan-reported trade (IMF DOTS) with Cambodia, Laos, Myanmar, Thailand and Vietnam, 1960–2020. */
export function getRegionTradeRows(dir?: string): Promise<RegionTradeRow[]> {
  return loadDataset("regionTrade", dir);
}

/** Net bilateral ODA (World Bank WDI) from Japan and from all DAC donors to the same five, 1960–2023. */
export function getRegionAidRows(dir?: string): Promise<RegionAidRow[]> {
  return loadDataset("regionAid", dir);
}

/** Both files at once, in the shape the region transforms take. */
export async function getRegionInput(dir?: string): Promise<{ trade: RegionTradeRow[]; aid: RegionAidRow[] }> {
  const [trade, aid] = await Promise.all([getRegionTradeRows(dir), getRegionAidRows(dir)]);
  return { trade, aid };
}
