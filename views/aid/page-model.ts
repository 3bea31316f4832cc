import "server-only";
import { buildAidChartSpec } from "@/views/aid/figure";
import { buildEventMarkers } from "@/lib/transform/event-links";
import type { RawSearchParams } from "@/lib/url/search-params";
import { aidApiKey } from "@/views/aid/search";
import { parseAidParams } from "@/views/aid/params";
import { getAidSeries, getAidYearSpan } from "@/lib/data/aid";
import { getKeyEvents } from "@/lib/data/events";

/**
 * The aid chart of a view, for the page and its embed: the parsed view, the series GET /api/aid
 * returns for its range (the seed of the client's SWR cache, of the export and of the static
 * figure, StaticAidFigure) and the figure's legend.
 */
export async function getAidChart(raw: RawSearchParams) {
  const span = await getAidYearSpan();
  const { query } = parseAidParams(raw, span);
  const [series, keyEvents] = await Promise.all([getAidSeries(query.from, query.to), getKeyEvents()]);
  const markers = query.events ? buildEventMarkers(keyEvents, query.from, query.to) : [];
  return {
    span,
    query,
    series,
    keyEvents,
    markers,
    legend: buildAidChartSpec(series, { markers, highlightYear: query.year }).legend,
    fallback: { [aidApiKey(query, span)]: { from: query.from, to: query.to, series } },
  };
}
