import type { MapParams } from "@/lib/map/settings";
import type { Box, CessionMapModel } from "./model";
import { buildProjection, projectPoint } from "./projection";
import { pickScaleBar, viewAt } from "./view";

let projection: ReturnType<typeof buildProjection>["projection"] | null = null;

/** The view box the server draws for the URL: an explicit centre and scale win over the zoom preset. */
export function viewBoxOf(model: CessionMapModel, params: MapParams): Box {
  if (params.view) {
    projection ??= buildProjection().projection;
    const centre = projectPoint(projection, params.view.lon, params.view.lat);
    return viewAt(centre, params.view.scale, model);
  }
  return params.zoom === "ceded" ? model.zoomBoxes[params.account] : model.zoomBoxes.all;
}

/** Scale bar of a view box: length in km and its share of the map's width. */
export const scaleBarOf = (model: CessionMapModel, box: Box) =>
  pickScaleBar(model.scaleBar.length * (100 / model.scaleBar.km), box.width);

export const viewBoxAttr = (b: Box) => [b.x, b.y, b.width, b.height].map((n) => Math.round(n * 100) / 100).join(" ");
