/**
 * Japan's five mainland Southeast Asian partners, in the order the region view lists them.
 * Plain constants (no data access), shared by the loaders, the URL parser and client code.
 */
export const REGION_PARTNERS = ["KHM", "LAO", "MMR", "THA", "VNM"] as const;
export type RegionPartner = (typeof REGION_PARTNERS)[number];

/** The measures the region view and API serve. */
export const REGION_MEASURES = ["exports", "imports", "aid"] as const;
export type RegionMeasure = (typeof REGION_MEASURES)[number];

/** Short names for labels; the sources' own names are shown beside them where they differ. */
export const PARTNER_LABEL: Record<RegionPartner, string> = {
  KHM: "Cambodia",
  LAO: "Laos",
  MMR: "Myanmar",
  THA: "Thailand",
  VNM: "Vietnam",
};

export function isRegionPartner(code: string): code is RegionPartner {
  return (REGION_PARTNERS as readonly string[]).includes(code);
}

/** Vietnam before 1976: the IMF and WDI rows do not say which state(s) they cover. */
export const VIETNAM_UNCLEAR_BEFORE = 1976;

/** The start of the region view's heading for each measure ("… five mainland Southeast Asian partners"). */
export const REGION_HEADING: Record<RegionMeasure, string> = {
  exports: "Japan's exports to",
  imports: "Japan's imports from",
  aid: "Japan's net aid to",
};
