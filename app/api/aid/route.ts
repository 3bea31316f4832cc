import { getAidSeries, getAidYearSpan } from "@/lib/data/aid";
import { AID_SOURCE_NOTE, buildAidCsv } from "@/lib/transform/aid-csv";
import { parseAidApiParams } from "@/lib/url/aid-params";

/**
 * GET /api/aid?from=&to=&format=json|csv — Japan's net bilateral ODA to Cambodia per
 * year, gaps as null. Invalid or unknown params return 400 with the reason.
 */
export async function GET(request: Request): Promise<Response> {
  const span = await getAidYearSpan();
  const parsed = parseAidApiParams(new URL(request.url).searchParams, span);
  if (!parsed.ok) {
    return Response.json({ error: parsed.error, valid: { from: span, to: span, format: ["json", "csv"] } }, { status: 400 });
  }
  const series = await getAidSeries(parsed.from, parsed.to);
  if (parsed.format === "csv") {
    return new Response(buildAidCsv(series), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="japan-net-oda-cambodia-${parsed.from}-${parsed.to}.csv"`,
      },
    });
  }
  return Response.json({
    from: parsed.from,
    to: parsed.to,
    unit: "USD (current)",
    basis: "net disbursements (loan repayments subtracted), calendar years",
    derived: ["sharePct"],
    source: AID_SOURCE_NOTE,
    series,
  });
}
