import type { NextRequest } from "next/server";
import { type CachedBody, cachedResponse, withEtag } from "@/lib/cached-response";
import { getTradeRows, getWorldTradeRows } from "@/lib/data/trade";
import { buildTradeDomains } from "@/lib/transform/trade-domains";
import { buildTradeApiRows, buildTradeCsv } from "@/views/trade/model/trade-api";
import { buildTradeShares } from "@/lib/transform/trade-share";
import { buildShareCsv } from "@/views/trade/model/trade-share-csv";
import { MemoCache } from "@/lib/memo-cache";
import { type TradeQuery, buildTradeSearch } from "@/views/trade/search";
import { parseTradeParams } from "@/views/trade/params";
import { fromURLSearchParams } from "@/lib/url/search-params";
import { apiBodyHeaders, badRequest, readApiFormat } from "@/lib/api-response";
import { DERIVED_PRECISION_NOTE } from "@/lib/transform/derived-precision";

const CACHE = "public, max-age=300, stale-while-revalidate=86400";

// Responses are pure functions of the (validated) query and the data files: built once each.
const responses = new MemoCache<CachedBody>(2000);

type Inputs = { rows: Awaited<ReturnType<typeof getTradeRows>>; world: Awaited<ReturnType<typeof getWorldTradeRows>> };

/** measure=share: derived rows, each with both inputs and their sources; a gap has value null and its reason. */
function buildShares({ rows, world }: Inputs, query: TradeQuery, csv: boolean, view: string): CachedBody {
  const data = buildTradeShares(rows, world, query.reporter, query);
  const body = csv
    ? buildShareCsv(data)
    : JSON.stringify({
        query,
        view,
        unit: "percent",
        note: "Derived: each side's bilateral flow ÷ the same side's trade with the world × 100 (IMF DOTS on both sides; exports FOB over FOB, imports CIF over CIF). value null = a gap, with the missing input named.",
        precision: DERIVED_PRECISION_NOTE,
        count: data.length,
        rows: data,
      });
  return withEtag(body);
}

function build({ rows, world }: Inputs, query: TradeQuery, csv: boolean, view: string): CachedBody {
  if (query.measure === "share") return buildShares({ rows, world }, query, csv, view);
  const data = buildTradeApiRows(rows, query);
  const body = csv
    ? buildTradeCsv(data)
    : JSON.stringify({
        query,
        view,
        unit: "USD_million",
        note: "Values as published by each source. Rows with series *_press are press reports, not IMF figures.",
        count: data.length,
        rows: data,
      });
  return withEtag(body);
}

/**
 * GET /api/trade?reporter=japan|cambodia|both&from=YYYY&to=YYYY&measure=value|share&format=json|csv
 * Unlike the page, which falls back to its default view, the API is strict: any bad
 * parameter is a 400 naming it, so a script never silently receives other data.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const raw = fromURLSearchParams(request.nextUrl.searchParams);
  const [rows, world] = await Promise.all([getTradeRows(), getWorldTradeRows()]);
  const domains = buildTradeDomains(rows);
  const { query, issues } = parseTradeParams(raw, (r) => domains[r], ["format"]);
  const format = readApiFormat(raw, issues);
  if (issues.length > 0) return badRequest(issues);

  const csv = format === "csv";
  const view = `/trade${buildTradeSearch(query, domains[query.reporter])}`;
  const cached = responses.get(`${csv ? "csv" : "json"}${view}`, () => build({ rows, world }, query, csv, view));
  return cachedResponse(
    request,
    cached,
    CACHE,
    apiBodyHeaders(
      format,
      `cambodia-japan-trade${query.measure === "share" ? "-shares" : ""}-${query.reporter}-reported-${query.from}-${query.to}.csv`,
    ),
  );
}
