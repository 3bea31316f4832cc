import type { CessionMapModel } from "@/lib/map/model";
import { scaleBarOf, viewBoxOf } from "@/lib/map/view-box";
import type { ResolvedName } from "@/lib/map/names";
import type { EmbedOptions } from "@/lib/url/embed-options";
import type { MapParams } from "@/lib/map/settings";
import { CessionMapSvg } from "./cession-map-svg";
import { MapZoom } from "./map-zoom";

/** Route of the topology the client map layers draw from (cacheable, never in the HTML). */
const LAYERS_URL = "/api/map/topology";

/**
 * The map's box: the server-drawn SVG (first paint and the no-JavaScript map), its scale bar for
 * the view in the URL, the attribution, and the zoom island that takes over on the first intent.
 */
export function MapBox({
  model,
  params,
  names,
  embed,
}: {
  model: CessionMapModel;
  params: MapParams;
  names?: Record<string, ResolvedName>;
  /** Inside an embed: its options, for the map's links. */
  embed?: EmbedOptions;
}) {
  const box = viewBoxOf(model, params);
  const bar = scaleBarOf(model, box);
  return (
    <div
      className="map-box"
      style={{ aspectRatio: `${model.width} / ${model.height}` }}
      tabIndex={0}
      role="group"
      aria-label="Map view. Plus and minus zoom, arrow keys move, 0 shows the whole map."
    >
      <CessionMapSvg model={model} params={params} names={names} embed={embed} />
      <div
        className="map-scale"
        data-scale-length={bar.fraction * box.width}
        style={{ width: `${bar.fraction * 100}%` }}
      >
        <span>{bar.km} km</span>
      </div>
      <p className="map-attribution">
        Province boundaries © OpenStreetMap contributors (ODbL) via geoBoundaries; Natural Earth
      </p>
      <MapZoom
        width={model.width}
        height={model.height}
        unitsPer100Km={(model.scaleBar.length * 100) / model.scaleBar.km}
        layersUrl={LAYERS_URL}
      />
    </div>
  );
}
