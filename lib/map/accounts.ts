import type { CessionStatus } from "@/lib/schemas/geo";
import type { MapAccountTexts } from "@/lib/schemas/map-accounts";

export const ACCOUNT_IDS = ["treaty", "encyclopedia"] as const;
export type AccountId = (typeof ACCOUNT_IDS)[number];

export type Source = { title: string; url: string };

export const ACCOUNT_LABELS: Record<AccountId, string> = {
  treaty: "Treaty terms (11 March 1941)",
  encyclopedia: "Encyclopedia account",
};

type EncyclopediaReading = { status: CessionStatus; note: string };

/**
 * How the encyclopedia account reads on today's provinces (texts in data/map-accounts.json). The
 * article names 1941 provinces whole; provinces it does not touch are retained. Where this differs
 * from the treaty reading (cession-1941.json) the map hatches the province as disputed.
 */
export function encyclopediaReading(accounts: MapAccountTexts, id: string): EncyclopediaReading {
  const r = accounts.encyclopedia.readings.find((x) => x.provinceId === id);
  return r ? { status: r.status, note: r.note } : { status: "retained", note: accounts.encyclopedia.defaultNote };
}

export const STATUS_LABELS: Record<CessionStatus, string> = {
  ceded: "Ceded",
  partly_ceded: "Partly ceded",
  retained: "Retained",
};
