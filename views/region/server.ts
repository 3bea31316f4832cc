import "server-only";
import { getRegionInput } from "@/lib/data/region";
import { buildPreviewMarks } from "@/lib/og/preview-marks";
import { joinNames } from "@/lib/region/format";
import { PARTNER_LABEL, REGION_HEADING } from "@/lib/region/partners";
import { csvAndJson } from "@/lib/seo/dataset";
import { DATA_SOURCES } from "@/lib/seo/sources";
import type { ViewServer } from "@/views/shared/view-server";
import { regionView } from "./definition";
import { buildRegionFigure } from "./figure";
import { buildRegionPayload } from "./model/region-api";
import { parseRegionParams } from "@/views/region/params";
import { regionApiHref } from "@/views/region/search";

export const regionServer: ViewServer = {
  view: regionView,
  async describe(raw, _search, ctx) {
    const { query } = parseRegionParams(raw, ctx.regionSpans);
    const range = `${query.from}–${query.to}`;
    return {
      title: `Cambodia among its neighbours: ${REGION_HEADING[query.measure]} five mainland Southeast Asian partners, ${range}`,
      showing: `${REGION_HEADING[query.measure]} ${joinNames(query.partners.map((p) => PARTNER_LABEL[p]))}, ${range}, ${query.scale} scale.`,
      sources: [query.measure === "aid" ? DATA_SOURCES.wdi : DATA_SOURCES.imfDots],
      dataset: {
        years: { from: query.from, to: query.to },
        place: "Cambodia; Laos; Myanmar; Thailand; Vietnam",
        downloads: csvAndJson(regionApiHref(query), "Region rows"),
      },
    };
  },
  async previewFigure(raw, ctx) {
    const { query } = parseRegionParams(raw, ctx.regionSpans);
    const figure = buildRegionFigure(buildRegionPayload(await getRegionInput(), query), { scale: query.scale });
    return { kind: "chart", panels: [buildPreviewMarks(figure.wide)] };
  },
};
