import "server-only";
import { loadDataset } from "./read-data-file";
import type { TradeRow, WorldTotalRow } from "./schemas/trade";

export type { TradeRow, WorldTotalRow };

/** All bilateral trade rows: the main file plus the additional press figures. */
export async function getTradeRows(dir?: string): Promise<TradeRow[]> {
  const [main, extra] = await Promise.all([loadDataset("trade", dir), loadDataset("tradeAdditional", dir)]);
  return [...main, ...extra];
}

/** Each side's trade with the world (IMF DOTS partner row "World"). */
export function getWorldTradeRows(dir?: string): Promise<WorldTotalRow[]> {
  return loadDataset("tradeWorld", dir);
}
