import "server-only";
import type { z } from "zod";
import { assertUnique, parseCsv } from "./csv";
import {
  AID_MILESTONE_COLUMNS,
  AID_SINGLE_COLUMNS,
  AID_YEARLY_COLUMNS,
  aidMilestoneRowSchema,
  aidSingleRowSchema,
  aidYearlyRowSchema,
} from "@/lib/schemas/aid";
import { CLAIM_COLUMNS, claimRowSchema } from "@/lib/schemas/claims";
import { EVENT_COLUMNS, eventRowSchema } from "@/lib/schemas/events";
import { INDICATOR_COLUMNS, indicatorRowSchema } from "@/lib/schemas/indicators";
import {
  REGION_AID_COLUMNS,
  REGION_TRADE_COLUMNS,
  regionAidRowSchema,
  regionTradeRowSchema,
} from "@/lib/schemas/region";
import { PROVINCE_NAME_COLUMNS, provinceNameRowSchema } from "@/lib/schemas/province-names";
import { TRADE_COLUMNS, WORLD_COLUMNS, tradeRowSchema, tradeUniqueKey, worldTotalRowSchema } from "@/lib/schemas/trade";

/**
 * Every CSV in data/ with its schema and uniqueness rule. The build-time check
 * (scripts/validate-data.ts) and the server loaders both go through this table, so
 * a file cannot be loaded without being validated.
 */
function dataset<S extends z.ZodType>(
  file: string,
  schema: S,
  columns: readonly string[],
  key?: (row: z.output<S>) => string | null,
) {
  return {
    file,
    parse(text: string): z.output<S>[] {
      const rows = parseCsv(text, file, schema, columns);
      if (key) assertUnique(rows, file, key);
      return rows;
    },
  };
}

export const DATASETS = {
  trade: dataset("trade_japan_cambodia.csv", tradeRowSchema, TRADE_COLUMNS, tradeUniqueKey),
  tradeAdditional: dataset("trade_additional.csv", tradeRowSchema, TRADE_COLUMNS, tradeUniqueKey),
  tradeWorld: dataset(
    "trade_totals_world.csv",
    worldTotalRowSchema,
    WORLD_COLUMNS,
    (r) => `${r.reporter} ${r.flow} ${r.year}`,
  ),
  aidYearly: dataset("aid_japan_to_cambodia_yearly.csv", aidYearlyRowSchema, AID_YEARLY_COLUMNS, (r) =>
    r.category.startsWith("net_bilateral_oda") ? `${r.category} ${r.year}` : null,
  ),
  aidSingle: dataset("aid_japan_to_cambodia.csv", aidSingleRowSchema, AID_SINGLE_COLUMNS),
  aidMilestones: dataset("aid_cumulative_milestones.csv", aidMilestoneRowSchema, AID_MILESTONE_COLUMNS),
  events: dataset("events.csv", eventRowSchema, EVENT_COLUMNS, (r) => `${r.date} ${r.title}`),
  indicators: dataset("other_indicators.csv", indicatorRowSchema, INDICATOR_COLUMNS),
  claims: dataset("article-claims.csv", claimRowSchema, CLAIM_COLUMNS, (r) => r.id),
  regionTrade: dataset(
    "trade_japan_mainland_sea.csv",
    regionTradeRowSchema,
    REGION_TRADE_COLUMNS,
    (r) => `${r.partner} ${r.flow} ${r.year}`,
  ),
  regionAid: dataset(
    "aid_japan_mainland_sea.csv",
    regionAidRowSchema,
    REGION_AID_COLUMNS,
    (r) => `${r.partner} ${r.category} ${r.year}`,
  ),
  provinceNames: dataset(
    "province-names-1941.csv",
    provinceNameRowSchema,
    PROVINCE_NAME_COLUMNS,
    (r) => `${r.provinceId} ${r.script}`,
  ),
} as const;

export type DatasetName = keyof typeof DATASETS;
