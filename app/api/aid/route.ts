import type { NextRequest } from "next/server";
import { getAidSeries, getAidYearSpan } from "@/lib/data/aid";
import { AID_SOURCE_NOTE, buildAidCsv } from "@/lib/transform/aid-csv";
import { parseAidParams } from "@/lib/url/aid-params";
import { fromURLSearchParams, readSingle } from "@/lib/url/search-params";

const CACHE = "public, max-age=300, stale-while-revalidate=86400";

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
  const format = readSingle(raw, "format", issues) ?? "json";
  if (format !== "json" && format !== "csv") issues.push({ param: "format", message: "“format” must be json or csv." });
  if (issues.length > 0) {
    return Response.json(
      { error: issues.map((i) => i.message).join(" "), parameter: issues[0]?.param, issues },
      { status: 400, headers: { "Cache-Control": "no-store" } },
    );
  }
  const series = await getAidSeries(query.from, query.to);
  if (format === "csv") {
    return new Response(buildAidCsv(series), {
      headers: {
        "Cache-Control": CACHE,
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="japan-net-oda-to-cambodia-${query.from}-${query.to}.csv"`,
      },
    });
  }
  return Response.json(
    {
      from: query.from,
      to: query.to,
      unit: "USD (current)",
      basis: "net disbursements (loan repayments subtracted), calendar years",
      derived: ["sharePct"],
      source: AID_SOURCE_NOTE,
      series,
    },
    { headers: { "Cache-Control": CACHE } },
  );
}
