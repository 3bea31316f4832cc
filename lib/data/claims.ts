import "server-only";
import { loadDataset } from "./read-data-file";
import type { ClaimRow } from "@/lib/schemas/claims";

export type { ClaimRow };

/** Figures as the English Wikipedia article (the product's starting text) states them. */
export async function getClaims(topic?: ClaimRow["topic"]): Promise<ClaimRow[]> {
  const rows = await loadDataset("claims");
  return topic ? rows.filter((r) => r.topic === topic) : rows;
}
