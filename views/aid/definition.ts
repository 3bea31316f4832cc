import { defineView } from "@/views/shared/view-definition";
import { aidEmbed } from "./embed";
import { buildAidSearch } from "@/views/aid/search";
import { parseAidParams } from "@/views/aid/params";

/** The aid view (/aid): see views/shared/view-definition.ts for what each field is for. */
export const aidView = defineView({
  route: "aid",
  label: "Aid",
  description:
    "Japan's net bilateral ODA to Cambodia per year since 1960 (World Bank WDI), its share of all DAC donors, and the cumulative totals different sources claim.",
  canonical(raw, ctx) {
    const { query, issues } = parseAidParams(raw, ctx.aidSpan);
    return { search: buildAidSearch(query, ctx.aidSpan), issues };
  },
  interactiveChart: true,
  sharedLink: "?from=1975&to=2000&year=1992",
  examples: ["?events=off"],
  embed: aidEmbed,
});
