import { defineView } from "@/views/shared/view-definition";
import { buildRegionSearch } from "@/views/region/search";
import { parseRegionParams } from "@/views/region/params";

/** The region view (/region): see views/shared/view-definition.ts for what each field is for. */
export const regionView = defineView({
  route: "region",
  label: "Region",
  description:
    "Japan's trade with and net aid to Cambodia, Laos, Myanmar, Thailand and Vietnam since 1960 (IMF DOTS, World Bank WDI): where Cambodia stands among the five.",
  canonical(raw, ctx) {
    const { query, issues } = parseRegionParams(raw, ctx.regionSpans);
    return { search: buildRegionSearch(query, ctx.regionSpans), issues };
  },
  interactiveChart: true,
  sharedLink: "?measure=aid&from=1992",
  examples: ["?measure=exports&partners=KHM,VNM&scale=linear"],
  embed: null,
});
