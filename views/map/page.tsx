import { Suspense } from "react";
import { ParamNoticeIsland } from "@/views/shared/param-notice-island";
import { getViewContext, noticeContext, readViewParams } from "@/views/shared/view-context";
import { ViewFoot } from "@/components/view-foot";
import { getViewSeo } from "@/views/shared/view-seo";
import { CededAreaComparison } from "@/views/map/components/ceded-area-comparison";
import { CessionTimeline } from "@/views/map/components/cession-timeline";
import { MapBox } from "@/views/map/components/map-box";
import { MapControls } from "@/views/map/components/map-controls";
import { MapExportMenu } from "@/views/map/components/map-export-menu";
import { MapExplorer } from "@/views/map/components/map-explorer";
import { MapLegend } from "@/views/map/components/map-legend";
import { MapMethod } from "@/views/map/components/map-method";
import { ProvinceDetails } from "@/views/map/components/province-details";
import { ProvinceList, ProvinceSelect } from "@/views/map/components/province-list";
import { formatKm2 } from "@/lib/map/area-format";
import { provinceView } from "@/views/map/components/view-state";
import { getCessionMap } from "@/lib/data/geo";
import { getProvinceNames } from "@/lib/data/province-names";
import { buildProvinceNames } from "@/lib/map/names";
import { parseMapParams } from "@/views/map/params";
import { SettingsPanel } from "@/components/controls/settings-panel";
import { ACCOUNT_LABELS } from "@/lib/map/accounts";
import { mapServer } from "./server";

const MAP_PHASE_TEXT = { before: "Before 1941", annexed: "1941–1946", today: "Today" } as const;

export async function MapPage({ params: view }: { params: Promise<{ view: string }> }) {
  const model = await getCessionMap();
  const { params } = parseMapParams(
    await readViewParams("map", view),
    model.provinces.map((p) => p.id),
  );
  const names = buildProvinceNames(model.provinces, params.names ?? "en", await getProvinceNames());
  const selected = model.provinces.find((p) => p.id === params.province);
  const ceded = Object.fromEntries(
    model.provinces
      .filter((p) => p[params.account].cededKm2 > 0)
      .map((p) => [p.id, `≈${formatKm2(p[params.account].cededKm2)} ceded (derived)`]),
  );
  const announcement = selected
    ? `Selected ${selected.name}: ${provinceView(selected, params).statusText}.${selected.thaiProvince ? ` 1941 Thai province: ${selected.thaiProvince}.` : ""}`
    : "";

  return (
    <>
      {/* Past the settings to the provinces: the list on a wide screen, the province menu on a narrow one. */}
      <a href="#province-list" className="skip-link map-skip map-skip--list">
        Skip to the province list
      </a>
      <a href="#province-select" className="skip-link map-skip map-skip--select">
        Skip to the province menu
      </a>
      <h1>1941: the provinces Cambodia lost to Thailand</h1>
      <Suspense fallback={null}>
        <ParamNoticeIsland
          route="map"
          ctx={noticeContext("map", await getViewContext())}
          defaultsText="Showing the default for those settings."
        />
      </Suspense>
      <MapExplorer ceded={ceded} announcement={announcement} selected={params.province ?? undefined}>
        <SettingsPanel summary={`${MAP_PHASE_TEXT[params.phase]} · ${ACCOUNT_LABELS[params.account]}`}>
          <MapControls params={params} model={model} />
        </SettingsPanel>
        <div className="map-layout">
          <figure className="map-figure">
            <MapBox model={model} params={params} names={names} />
            <MapLegend params={params} />
            <MapExportMenu />
            <figcaption className="chart-caption">
              Today&apos;s province boundaries, equal-area projection; scale bar measured at {model.scaleBar.atLat}°N.
              The treaty line and the areas are approximations computed on modern boundaries (see “How the map is
              drawn”).
            </figcaption>
          </figure>
          <div className="map-side">
            <ProvinceSelect model={model} params={params} names={names} />
            <ProvinceDetails
              province={selected}
              encyclopediaSources={model.accounts.encyclopedia.sources}
              name={selected ? names[selected.id] : undefined}
            />
            <ProvinceList model={model} params={params} names={names} />
          </div>
        </div>
      </MapExplorer>
      {/* After the map: on a phone the map comes first, under the title and the settings' summary. */}
      <p className="lede">
        After the Franco-Thai war, Japan brokered a settlement that gave Thailand western and northern Cambodia from
        1941 until the Washington settlement, signed on 17 November 1946; the territories were handed back in December
        1946. The map shows the treaty terms and the encyclopedia&apos;s account side by side.
      </p>
      <CessionTimeline />
      <CededAreaComparison summary={model.summary} accounts={model.accounts} />
      <MapMethod model={model} />
      <ViewFoot seo={await getViewSeo(mapServer, (await view).view)} />
    </>
  );
}
