import "server-only";
import { buildEventMarkers } from "@/lib/transform/event-links";
import { buildTradeApiRows } from "@/views/trade/model/trade-api";
import { buildTradeDisplay } from "@/views/trade/model/trade-display";
import { buildTradeDomains } from "@/lib/transform/trade-domains";
import { buildTradeShares } from "@/lib/transform/trade-share";
import { buildTradeView } from "@/views/trade/model/trade-view";
import type { RawSearchParams } from "@/lib/url/search-params";
import { parseTradePageParams } from "@/views/trade/params";
import { tradeApiKey } from "@/views/trade/search";
import { getClaims } from "@/lib/data/claims";
import { getKeyEvents } from "@/lib/data/events";
import { getTradeRows, getWorldTradeRows } from "@/lib/data/trade";

/**
 * Everything a trade view is drawn from, for the page and its embed: the parsed view, the rows
 * GET /api/trade returns for it (the seed of the client's SWR cache, and what every drawing of
 * the view starts from), and the panels on their scale (the static figures are drawn from the same rows by
 * StaticTradeFigures).
 */
export async function getTradePage(raw: RawSearchParams) {
  const [rows, world, claims, keyEvents] = await Promise.all([
    getTradeRows(),
    getWorldTradeRows(),
    getClaims("trade"),
    getKeyEvents(),
  ]);
  const domains = buildTradeDomains(rows);
  const { query } = parseTradePageParams(raw, (r) => domains[r]);
  const dataQuery = { reporter: query.reporter, measure: query.measure, from: query.from, to: query.to };
  const domain = domains[query.reporter];
  const view = buildTradeView(rows, dataQuery, domain);
  const share = query.measure === "share";
  const shares = share ? buildTradeShares(rows, world, query.reporter, dataQuery) : [];
  const data = { query: dataQuery, rows: share ? shares : buildTradeApiRows(rows, dataQuery) };
  const shown = buildTradeDisplay(data, query, domain);
  const markers = query.events ? buildEventMarkers(keyEvents, query.from, query.to) : [];
  return {
    rows,
    world,
    claims,
    keyEvents,
    domains,
    query,
    view,
    share,
    shares,
    data,
    shown,
    markers,
    fallback: { [tradeApiKey(dataQuery, domains)]: data },
  };
}
