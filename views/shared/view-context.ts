import "server-only";
import { notFound } from "next/navigation";
import type { RawSearchParams } from "@/lib/url/search-params";
import type { EmbedOptions } from "@/lib/url/embed-options";
import type { EmbedRoute } from "@/views/registry";
import { splitEmbedSegment } from "@/lib/url/embed-params";
import { type ViewContext } from "@/views/shared/view-definition";
import { type ViewRoute } from "@/views/registry";
import { buildViewSearch, readViewSegment } from "@/views/shared/view-key";
import { getAidYearSpan } from "@/lib/data/aid";
import { getEvents } from "@/lib/data/events";
import { getProvinceIds } from "@/lib/data/geo";
import { getRegionAidRows, getRegionTradeRows } from "@/lib/data/region";
import { getTradeRows } from "@/lib/data/trade";
import { buildRegionSpans } from "@/lib/transform/region-series";
import { buildTradeDomains } from "@/lib/transform/trade-domains";

let context: Promise<ViewContext> | null = null;

/** What the URL parsers need from the data, loaded once per process (the data change only with a deploy). */
export function getViewContext(): Promise<ViewContext> {
  context ??= (async () => {
    const [rows, aidSpan, provinceIds, events, regionTrade, regionAid] = await Promise.all([
      getTradeRows(),
      getAidYearSpan(),
      getProvinceIds(),
      getEvents(),
      getRegionTradeRows(),
      getRegionAidRows(),
    ]);
    return {
      tradeDomains: buildTradeDomains(rows),
      aidSpan,
      regionSpans: buildRegionSpans({ trade: regionTrade, aid: regionAid }),
      provinceIds,
      eventIds: events.map((e) => e.id),
    };
  })().catch((error: unknown) => {
    context = null;
    throw error;
  });
  return context;
}

/**
 * The search params a page's view segment stands for. A segment that is not the canonical
 * form of a view (only the proxy writes them) is a 404, so each view has one cache entry.
 */
export async function readViewParams(route: ViewRoute, params: Promise<{ view: string }>): Promise<RawSearchParams> {
  const raw = readViewSegment(route, decodeSegment((await params).view), await getViewContext());
  if (!raw) notFound();
  return raw;
}

/**
 * An embed's segment: its options, the view's params and the full view's path with the same
 * settings. Like a view segment, anything but the canonical form the proxy writes is a 404.
 */
export async function readEmbedParams(
  route: EmbedRoute,
  params: Promise<{ view: string }>,
): Promise<{ raw: RawSearchParams; options: EmbedOptions; fullHref: string }> {
  const split = splitEmbedSegment(decodeSegment((await params).view));
  const ctx = await getViewContext();
  const raw = split && readViewSegment(route, split.viewSegment, ctx);
  if (!split || !raw) notFound();
  return { raw, options: split.options, fullHref: `/${route}${buildViewSearch(route, raw, ctx).search}` };
}

/** Next hands the segment over percent-encoded (a map view's "103.2,13.1" arrives as "103.2%2C13.1"). */
function decodeSegment(view: string): string {
  try {
    return decodeURIComponent(view);
  } catch {
    notFound();
  }
}

/** The context the reader's notice needs on one route, and no more (it is sent to the browser). */
export function noticeContext(route: ViewRoute, ctx: ViewContext): ViewContext {
  return {
    ...ctx,
    provinceIds: route === "map" ? ctx.provinceIds : [],
    eventIds: route === "timeline" ? ctx.eventIds : [],
  };
}
