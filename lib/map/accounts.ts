import type { CessionStatus } from "@/lib/data/schemas/geo";

export const ACCOUNT_IDS = ["treaty", "encyclopedia"] as const;
export type AccountId = (typeof ACCOUNT_IDS)[number];

export type Source = { title: string; url: string };

export const ACCOUNT_LABELS: Record<AccountId, string> = {
  treaty: "Treaty terms (11 March 1941)",
  encyclopedia: "Encyclopedia account",
};

/** The English Wikipedia article whose summary the encyclopedia account follows. */
export const ENCYCLOPEDIA_SOURCES: Source[] = [
  {
    title: "Cambodia–Japan relations (English Wikipedia article, Japanese-translated mirror on jablog.org)",
    url: "https://jablog.org/%E6%97%A5%E6%9C%AC%E5%A4%A7%E4%BD%BF%E9%A4%A8/Cambodia%E2%80%93Japan_relations",
  },
  {
    title: "Wikipedia: Japanese occupation of Cambodia",
    url: "https://en.wikipedia.org/wiki/Japanese_occupation_of_Cambodia",
  },
];

export const ENCYCLOPEDIA_CLAIM = {
  text: "Battambang, Siem Reap, Koh Kong and the Stung Treng strip between the 15th parallel and the Dangrek range; Cambodia loses nearly half a million people and about a third of its territory",
  areaShare: "one-third of its surface area",
  population: "almost half a million citizens",
} as const;

type EncyclopediaReading = { status: CessionStatus; note: string };

const IN_1941_PROVINCE =
  "Not named by the article, but it lay within the 1941 provinces of Battambang and Siem Reap that the article names (the modern province was created from them later). Mapped onto today's boundaries by this site.";

/**
 * How the encyclopedia account reads on today's provinces. The article names 1941 provinces
 * whole; provinces it does not touch are retained. Where this differs from the treaty reading
 * (cession-1941.json) the map hatches the province as disputed.
 */
export const ENCYCLOPEDIA_READING: Record<string, EncyclopediaReading> = {
  battambang: { status: "ceded", note: "Named by the article: Battambang." },
  "siem-reap": {
    status: "ceded",
    note: "Named by the article as a whole province; the March 1941 terms kept Siem Reap town and Angkor with Cambodia (south of the treaty line).",
  },
  "koh-kong": {
    status: "ceded",
    note: "Named by the article. The March 1941 terms cede only land north of the Battambang–Pursat boundary and the right-bank zone, and a Royal-Gazette-based list of the four annexed Thai provinces has no Koh Kong.",
  },
  pailin: { status: "ceded", note: IN_1941_PROVINCE },
  "banteay-meanchey": { status: "ceded", note: IN_1941_PROVINCE },
  "oddar-meanchey": { status: "ceded", note: IN_1941_PROVINCE },
  "stung-treng": {
    status: "retained",
    note: "The article cedes only the strip between the 15th parallel and the Dangrek range. On today's map the 15th parallel runs north of Cambodia, so that strip holds no Cambodian land; under the treaty reading (15 grades = 13.5°N) the right bank north of 13.5°N was ceded.",
  },
  "preah-vihear": {
    status: "retained",
    note: "Not named by the article. Under the treaty reading (15 grades = 13.5°N) most of the province lies in the ceded zone.",
  },
};

export function encyclopediaReading(id: string): EncyclopediaReading {
  return ENCYCLOPEDIA_READING[id] ?? { status: "retained", note: "Not named by the article." };
}

export const STATUS_LABELS: Record<CessionStatus, string> = {
  ceded: "Ceded",
  partly_ceded: "Partly ceded",
  retained: "Retained",
};
