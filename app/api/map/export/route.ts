import type { NextRequest } from "next/server";
import { getCessionMap } from "@/lib/data/geo";
import { getProvinceNames } from "@/lib/data/province-names";
import { buildProvinceNames } from "@/lib/map/names";
import { buildMapExportSpec } from "@/views/map/export";
import { parseMapParams } from "@/views/map/params";

/**
 * The map export's description for a view (the same query string as /map): title, legend,
 * sources, licence and the table. Fetched by the export menu at click time, so the page's
 * payload carries none of it; invalid settings get a 400 naming the parameter.
 */
export async function GET(req: NextRequest): Promise<Response> {
  const model = await getCessionMap();
  const raw = Object.fromEntries(req.nextUrl.searchParams.entries());
  const { params, issues } = parseMapParams(
    raw,
    model.provinces.map((p) => p.id),
  );
  if (issues.length > 0) return Response.json({ error: issues[0]!.message, param: issues[0]!.param }, { status: 400 });
  const names = buildProvinceNames(model.provinces, params.names ?? "en", await getProvinceNames());
  return Response.json(buildMapExportSpec(model, params, names), {
    headers: { "Cache-Control": "public, max-age=3600, stale-while-revalidate=86400" },
  });
}
