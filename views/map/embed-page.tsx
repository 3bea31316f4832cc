import { EmbedFrame } from "@/views/shared/embed-frame";
import { MapBox } from "@/views/map/components/map-box";
import { MapControls } from "@/views/map/components/map-controls";
import { MapLegend } from "@/views/map/components/map-legend";
import { getViewContext, noticeContext, readEmbedParams } from "@/views/shared/view-context";
import { getCessionMap } from "@/lib/data/geo";
import { getProvinceNames } from "@/lib/data/province-names";
import { buildMapExportSpec } from "@/views/map/export";
import { buildProvinceNames } from "@/lib/map/names";
import { parseMapParams } from "@/views/map/params";

/** The map of a view alone, for other sites to frame: the same box and legend as /map, with the ODbL attribution. */
export async function MapEmbed({ params: segment }: { params: Promise<{ view: string }> }) {
  const { raw, options, fullHref } = await readEmbedParams("map", segment);
  const model = await getCessionMap();
  const { params } = parseMapParams(
    raw,
    model.provinces.map((p) => p.id),
  );
  const names = buildProvinceNames(model.provinces, params.names ?? "en", await getProvinceNames());
  const spec = buildMapExportSpec(model, params, names);
  return (
    <EmbedFrame
      route="map"
      noticeCtx={noticeContext("map", await getViewContext())}
      theme={options.theme}
      title={spec.title}
      fullHref={fullHref}
      sources={spec.sources}
      licence={spec.licence}
    >
      {options.controls && <MapControls params={params} model={model} embed={options} />}
      <figure className="map-figure">
        <MapBox model={model} params={params} names={names} embed={options} />
        <MapLegend params={params} />
      </figure>
    </EmbedFrame>
  );
}
