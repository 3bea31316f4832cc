import "server-only";
import { provinceView } from "@/views/map/components/view-state";
import { buildAidFigure } from "@/views/aid/figure";
import { buildRegionFigure } from "@/views/region/figure";
import { buildTradeViewFigures } from "@/views/trade/figure";
import { getAidSeries } from "@/lib/data/aid";
import { getEvents } from "@/lib/data/events";
import { getCessionMap } from "@/lib/data/geo";
import { getRegionInput } from "@/lib/data/region";
import { getTradeRows, getWorldTradeRows } from "@/lib/data/trade";
import { getViewContext, readViewParams } from "@/lib/data/view-context";
import { viewBoxAttr, viewBoxOf } from "@/lib/map/view-box";
import { buildCredits } from "@/lib/seo/sources";
import { getViewSeo } from "@/lib/seo/view-seo";
import { ERAS } from "@/lib/transform/timeline";
import { buildRegionPayload } from "@/views/region/model/region-api";
import { buildTradeApiRows } from "@/views/trade/model/trade-api";
import { buildTradeDomains } from "@/lib/transform/trade-domains";
import { buildTradeShares } from "@/lib/transform/trade-share";
import { parseAidParams } from "@/views/aid/params";
import { parseMapParams } from "@/views/map/params";
import { parseRegionParams } from "@/views/region/params";
import { parseTimelineParams } from "@/views/timeline/params";
import { parseTradePageParams } from "@/views/trade/params";
import type { ViewRoute } from "@/lib/url/view-key";
import { type PreviewMarks, buildPreviewMarks, previewText } from "./preview-marks";

/** A view's figure as its preview image draws it. */
export type PreviewFigure =
  | { kind: "chart"; panels: PreviewMarks[] }
  | {
      kind: "map";
      viewBox: string;
      neighbours: string[];
      provinces: { path: string; fill: string; cededPart: string | null }[];
      outline: string;
      treatyLine: string | null;
    }
  | { kind: "eras"; eras: { label: string; count: number; selected: boolean }[] };

export type ViewPreview = { title: string; sourceLine: string; figure: PreviewFigure };

/**
 * The figure of a view for its preview image, built with the same models as the page: the
 * chart kinds' ChartModel (wide size, without event markers, which need their labels), the
 * map's precomputed province paths with the phase's statuses, the timeline's events per era.
 */
async function buildFigure(route: ViewRoute, segment: string): Promise<PreviewFigure> {
  const raw = await readViewParams(route, Promise.resolve({ view: segment }));
  const ctx = await getViewContext();
  switch (route) {
    case "trade": {
      const [rows, world] = await Promise.all([getTradeRows(), getWorldTradeRows()]);
      const domains = buildTradeDomains(rows);
      const { query } = parseTradePageParams(raw, (r) => domains[r]);
      const share = query.measure === "share";
      const data = {
        query,
        rows: share ? buildTradeShares(rows, world, query.reporter, query) : buildTradeApiRows(rows, query),
      };
      const figures = buildTradeViewFigures(data, query, domains[query.reporter], []);
      return { kind: "chart", panels: figures.map((f) => buildPreviewMarks(f.wide)) };
    }
    case "aid": {
      const { query } = parseAidParams(raw, ctx.aidSpan);
      const figure = buildAidFigure(await getAidSeries(query.from, query.to), {
        markers: [],
        highlightYear: query.year,
      });
      return { kind: "chart", panels: [buildPreviewMarks(figure.wide)] };
    }
    case "region": {
      const { query } = parseRegionParams(raw, ctx.regionSpans);
      const figure = buildRegionFigure(buildRegionPayload(await getRegionInput(), query), { scale: query.scale });
      return { kind: "chart", panels: [buildPreviewMarks(figure.wide)] };
    }
    case "map": {
      const model = await getCessionMap();
      const { params } = parseMapParams(raw, ctx.provinceIds);
      const annexed = params.phase === "annexed";
      return {
        kind: "map",
        viewBox: viewBoxAttr(viewBoxOf(model, params)),
        neighbours: model.neighbours.map((n) => n.path),
        provinces: model.provinces.map((p) => ({
          path: p.path,
          fill: provinceView(p, params).fill,
          cededPart: annexed && p[params.account].status === "partly_ceded" ? p.treaty.cededPath : null,
        })),
        outline: model.outlinePath,
        treatyLine: annexed && params.account === "treaty" ? model.treatyLine.path : null,
      };
    }
    case "timeline": {
      const { era } = parseTimelineParams(raw);
      const events = await getEvents();
      return {
        kind: "eras",
        eras: ERAS.map((e) => ({
          label: e.label,
          count: events.filter((ev) => ev.era === e.id).length,
          selected: era === null || era === e.id,
        })),
      };
    }
  }
}

export async function getViewPreview(route: ViewRoute, segment: string): Promise<ViewPreview> {
  const [seo, figure] = await Promise.all([getViewSeo(route, segment), buildFigure(route, segment)]);
  const shown = buildCredits(seo.sources).map((c) => c.attribution.replace(/^Source: /, ""));
  const sourceLine = shown.length ? `Source: ${shown.join("; ")}` : "Sources: cited with each event";
  return { title: previewText(seo.title), sourceLine: previewText(sourceLine), figure };
}
