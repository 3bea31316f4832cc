import { defineView } from "@/views/shared/view-definition";
import { mapEmbed } from "./embed";
import { mapHref, parseMapParams } from "./params";

/** The 1941 map (/map): see views/shared/view-definition.ts for what each field is for. */
export const mapView = defineView({
  route: "map",
  label: "Map",
  description:
    "The Cambodian provinces Thailand annexed in 1941 under the settlement Japan brokered, returned in 1946: the treaty line, two accounts, three phases.",
  canonical(raw, ctx) {
    const { params, issues } = parseMapParams(raw, ctx.provinceIds);
    return { search: mapHref(params).replace(/^\/map/, ""), issues };
  },
  interactiveChart: false,
  sharedLink: "?province=battambang",
  examples: [
    "?phase=before",
    "?phase=today",
    "?account=encyclopedia",
    "?phase=annexed&account=encyclopedia&province=koh-kong&zoom=ceded",
    "?names=km&phase=today&province=battambang",
    "?names=th&province=battambang",
  ],
  embed: mapEmbed,
});
