import { defineView } from "@/views/shared/view-definition";
import { tradeEmbed } from "./embed";
import { buildTradePageSearch } from "@/views/trade/search";
import { parseTradePageParams } from "@/views/trade/params";

/** The trade view (/trade): see views/shared/view-definition.ts for what each field is for. */
export const tradeView = defineView({
  route: "trade",
  label: "Trade",
  description:
    "Japan–Cambodia merchandise trade since 1960 as each side reports it (IMF DOTS), with the balance and the sources of every figure.",
  canonical(raw, ctx) {
    const { query, issues } = parseTradePageParams(raw, (r) => ctx.tradeDomains[r]);
    return { search: buildTradePageSearch(query, ctx.tradeDomains[query.reporter]), issues };
  },
  interactiveChart: true,
  // The mirror view from 1994 (its end, 2020, is the default and so not in the canonical URL).
  sharedLink: "?reporter=both&from=1994",
  examples: [
    "?reporter=cambodia",
    "?reporter=both&from=1994&to=2020",
    "?year=2006&events=off",
    "?reporter=both&from=1994&to=2020&year=2007",
    "?reporter=both&measure=share&from=1990",
    "?scale=log",
    "?scale=index&from=2000&base=2005",
  ],
  embed: tradeEmbed,
});
