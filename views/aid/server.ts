import "server-only";
import { getAidSeries } from "@/lib/data/aid";
import { buildPreviewMarks } from "@/lib/og/preview-marks";
import { csvAndJson } from "@/lib/seo/dataset";
import { DATA_SOURCES } from "@/lib/seo/sources";
import type { ViewServer } from "@/views/shared/view-server";
import { aidView } from "./definition";
import { buildAidFigure } from "./figure";
import { aidApiKey } from "@/views/aid/search";
import { parseAidParams } from "@/views/aid/params";

export const aidServer: ViewServer = {
  view: aidView,
  async describe(raw, _search, ctx) {
    const { query } = parseAidParams(raw, ctx.aidSpan);
    return {
      title: `Japan's aid to Cambodia, ${query.from}–${query.to}`,
      showing: `net bilateral ODA, current US dollars, ${query.from}–${query.to}.`,
      sources: [DATA_SOURCES.wdi],
      dataset: {
        years: { from: query.from, to: query.to },
        place: "Cambodia",
        downloads: csvAndJson(aidApiKey(query, ctx.aidSpan), "Aid rows"),
      },
    };
  },
  async previewFigure(raw, ctx) {
    const { query } = parseAidParams(raw, ctx.aidSpan);
    const figure = buildAidFigure(await getAidSeries(query.from, query.to), {
      markers: [],
      highlightYear: query.year,
    });
    return { kind: "chart", panels: [buildPreviewMarks(figure.wide)] };
  },
};
