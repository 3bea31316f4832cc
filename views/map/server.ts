import "server-only";
import { getCessionMap } from "@/lib/data/geo";
import { ACCOUNT_LABELS } from "@/lib/map/accounts";
import { viewBoxAttr, viewBoxOf } from "@/lib/map/view-box";
import { DATA_SOURCES } from "@/lib/seo/sources";
import type { ViewServer } from "@/views/shared/view-server";
import { provinceView } from "./components/view-state";
import { mapView } from "./definition";
import { PHASE_TEXT } from "./export";
import { parseMapParams } from "./params";

export const mapServer: ViewServer = {
  view: mapView,
  async describe(raw, search, ctx) {
    const model = await getCessionMap();
    const { params } = parseMapParams(raw, ctx.provinceIds);
    // English names only: titles also go into preview images, which cannot shape Khmer.
    const province = model.provinces.find((p) => p.id === params.province)?.name;
    return {
      title: `The 1941 cession map: ${PHASE_TEXT[params.phase]}${province ? `, ${province}` : ""}`,
      showing: `${PHASE_TEXT[params.phase]}; ${ACCOUNT_LABELS[params.account]}${province ? `; ${province} selected` : ""}.`,
      sources: [DATA_SOURCES.osm, DATA_SOURCES.naturalEarth],
      dataset: {
        years: { from: 1941, to: 1946 },
        place: "Cambodia",
        // The map has no CSV on the server: the export menu builds it from this JSON.
        downloads: [
          {
            name: "Map view: provinces, statuses and areas (JSON)",
            path: `/api/map/export${search}`,
            format: "application/json",
          },
          { name: "Province boundaries (TopoJSON)", path: "/api/map/topology", format: "application/json" },
        ],
      },
    };
  },
  async previewFigure(raw, ctx) {
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
  },
};
