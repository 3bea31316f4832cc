import type { NextRequest } from "next/server";
import { type CachedBody, cachedResponse, withEtag } from "@/lib/cached-response";
import { buildCsv } from "@/lib/export/csv";
import { getRegionInput } from "@/lib/data/region";
import { getViewContext } from "@/views/shared/view-context";
import { MemoCache } from "@/lib/memo-cache";
import { REGION_CSV_COLUMNS, buildRegionCsvRows, buildRegionPayload } from "@/views/region/model/region-api";
import { parseRegionParams } from "@/views/region/params";
import { fromURLSearchParams } from "@/lib/url/search-params";
import { apiBodyHeaders, badRequest, readApiFormat } from "@/lib/api-response";

const CACHE = "public, max-age=300, stale-while-revalidate=86400";

// Like /api/trade: a response is a pure function of the validated query and the data files, built once each.
const responses = new MemoCache<Promise<CachedBody>>(2000);

/**
 * GET /api/region?measure=exports|imports|aid&partners=KHM,LAO,MMR,THA,VNM&from=&to=&format=json|csv —
 * Japan's trade with or net ODA to the five mainland Southeast Asian partners, per year, with
 * Cambodia's standing among them. Strict, unlike the page: any bad parameter is a 400 naming it.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const raw = fromURLSearchParams(request.nextUrl.searchParams);
  const { regionSpans } = await getViewContext();
  const { query, issues } = parseRegionParams(raw, regionSpans, ["format"]);
  if (raw.scale !== undefined)
    issues.push({
      param: "scale",
      message: "“scale” is a page setting; the API takes measure, partners, from, to and format.",
    });
  const format = readApiFormat(raw, issues);
  if (issues.length > 0) return badRequest(issues);
  const csv = format === "csv";
  const key = `${format}:${query.measure}:${query.partners.join(",")}:${query.from}-${query.to}`;
  const cached = await responses.get(key, async () => {
    const input = await getRegionInput();
    return withEtag(
      csv
        ? buildCsv(REGION_CSV_COLUMNS, buildRegionCsvRows(input, query))
        : JSON.stringify(buildRegionPayload(input, query)),
    );
  });
  return cachedResponse(
    request,
    cached,
    CACHE,
    apiBodyHeaders(format, `japan-${query.measure}-mainland-southeast-asia-${query.from}-${query.to}.csv`),
  );
}
