import "server-only";
import { loadDataset } from "./read-data-file";
import type { TradeRow, WorldTotalRow } from "@/lib/schemas/trade";

export type { TradeRow, WorldTotalRow };

let combined: Promise<TradeRow[]> | null = null;

/**
 * All bilateral trade rows: the main file plus the additional press figures. The same
 * array is returned on every call, so results derived from it can be cached by identity.
 */
export function getTradeRows(dir?: string): Promise<TradeRow[]> {
  const load = async () => {
    const [main, extra] = await Promise.all([loadDataset("trade", dir), loadDataset("tradeAdditional", dir)]);
    return [...main, ...extra];
  };
  if (dir !== undefined) return load();
  combined ??= load().catch((error: unknown) => {
    combined = null;
    throw error;
  });
  return combined;
}

/** Each side's trade with the world (IMF DOTS partner row "World"). */
export function getWorldTradeRows(dir?: string): Promise<WorldTotalRow[]> {
  return loadDataset("tradeWorld", dir);
}
