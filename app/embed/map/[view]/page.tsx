import type { Metadata } from "next";
import { EmbedFrame } from "@/components/embed/embed-frame";
import { MapBox } from "@/views/map/components/map-box";
import { MapControls } from "@/views/map/components/map-controls";
import { MapLegend } from "@/views/map/components/map-legend";
import { getViewContext, noticeContext, readEmbedParams } from "@/lib/data/view-context";
import { getCessionMap } from "@/lib/data/geo";
import { getProvinceNames } from "@/lib/data/province-names";
import { buildMapExportSpec } from "@/views/map/export";
import { buildProvinceNames } from "@/lib/map/names";
import { parseMapParams } from "@/views/map/params";
import { DEFAULT_VIEW } from "@/lib/url/view-key";

/** Cached like the full views: the default embed is prerendered, every other one renders once. */
export const dynamicParams = true;
export function generateStaticParams() {
  return [{ view: DEFAULT_VIEW }];
}

export const metadata: Metadata = { title: "1941 cession map (embed)", robots: { index: false } };

/** The map of a view alone, for other sites to frame: the same box and legend as /map, with the ODbL attribution. */
export default async function MapEmbed({ params: segment }: { params: Promise<{ view: string }> }) {
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
