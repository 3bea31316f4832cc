import { getMapTopologyText } from "@/lib/data/geo";

// Built once at deploy: the file only changes with a release.
export const dynamic = "force-static";

/** The validated map topology for the client map layers (ODbL 1.0, see data/SOURCES.md). */
export async function GET(): Promise<Response> {
  return new Response(await getMapTopologyText(), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": "public, max-age=3600, stale-while-revalidate=86400",
    },
  });
}
