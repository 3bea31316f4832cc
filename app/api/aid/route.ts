import type { NextRequest } from "next/server";
import { type CachedBody, cachedResponse, withEtag } from "@/lib/cached-response";
import { getAidSeries, getAidYearSpan } from "@/lib/data/aid";
import { MemoCache } from "@/lib/memo-cache";
import { AID_SOURCE_NOTE, buildAidCsv } from "@/lib/transform/aid-csv";
import { parseAidParams } from "@/views/aid/params";
import { fromURLSearchParams } from "@/lib/url/search-params";
import { apiBodyHeaders, badRequest, readApiFormat } from "@/lib/api-response";
import { DERIVED_PRECISION_NOTE } from "@/lib/transform/derived-precision";

const CACHE = "public, max-age=300, stale-while-revalidate=86400";

// Like /api/trade: a response is a pure function of the validated range and the data files, built once each.
const responses = new MemoCache<Promise<CachedBody>>(2000);

async function build(from: number, to: number, csv: boolean): Promise<CachedBody> {
  const series = await getAidSeries(from, to);
  if (csv) return withEtag(buildAidCsv(series));
  return withEtag(
    JSON.stringify({
      from,
      to,
      unit: "USD (current)",
      basis: "net disbursements (loan repayments subtracted), calendar years",
      derived: ["sharePct"],
      precision: DERIVED_PRECISION_NOTE,
      source: AID_SOURCE_NOTE,
      series,
    }),
  );
}

/**
 * GET /api/aid?from=YYYY&to=YYYY&format=json|csv — Japan's net bilateral ODA to
 * Cambodia per year (USD), gaps as null, with the derived share of all DAC donors.
 * Strict, unlike the page: any bad parameter is a 400 naming it.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const raw = fromURLSearchParams(request.nextUrl.searchParams);
  const span = await getAidYearSpan();
  // year and events are page-only settings; the API serves the range.
  const { query, issues } = parseAidParams(raw, span, ["format"]);
  for (const p of ["year", "events"] as const) {
    if (raw[p] !== undefined)
      issues.push({ param: p, message: `“${p}” is a page setting; the API takes from, to and format.` });
  }
  const format = readApiFormat(raw, issues);
  if (issues.length > 0) return badRequest(issues);
  const csv = format === "csv";
  const cached = await responses.get(`${format}:${query.from}-${query.to}`, () => build(query.from, query.to, csv));
  return cachedResponse(
    request,
    cached,
    CACHE,
    apiBodyHeaders(format, `japan-net-oda-to-cambodia-${query.from}-${query.to}.csv`),
  );
}
