import "./map.css";
import Link from "next/link";
import type { CessionMapModel } from "@/lib/map/model";
import { ZOOMED_SCALE } from "@/lib/map/view";
import { viewBoxAttr, viewBoxOf } from "@/lib/map/view-box";
import { type EmbedOptions, embedHref } from "@/lib/url/embed-options";
import { mapHref } from "@/views/map/params";
import { type MapParams } from "@/lib/map/settings";
import { MapLabels } from "./map-labels";
import type { ResolvedName } from "@/lib/map/names";
import { MapPatterns } from "./map-patterns";
import { provinceView } from "./view-state";

type Props = { model: CessionMapModel; params: MapParams };

/** The map itself, drawn on the server from precomputed paths; works without JavaScript. */
/** `embed`: the embed's options, so a province link stays in the embed (and keeps them). */
export function CessionMapSvg({
  model,
  params,
  names,
  embed,
}: Props & { names?: Record<string, ResolvedName>; embed?: EmbedOptions }) {
  const box = viewBoxOf(model, params);
  const annexed = params.phase === "annexed";
  const selected = model.provinces.find((p) => p.id === params.province);
  return (
    <svg
      className="cession-map"
      data-phase={params.phase}
      data-names={params.names}
      // Today's names also show under the 1941 labels once zoomed in (the zoom island keeps this current).
      data-zoomed={model.width / box.width >= ZOOMED_SCALE ? "" : undefined}
      viewBox={viewBoxAttr(box)}
      style={{ ["--k" as string]: String(model.width / box.width) }}
      role="group"
      aria-labelledby="cession-map-title"
    >
      <title id="cession-map-title">
        Map of Cambodia&apos;s 25 provinces and the territory annexed by Thailand in 1941
      </title>
      <MapPatterns />
      <rect className="map-sea" x={-50} y={-50} width={model.width + 100} height={model.height + 100} />
      <g className="map-neighbours" aria-hidden="true">
        {model.neighbours.map((n) => (
          <path key={n.id} d={n.path} data-neighbour={n.id} />
        ))}
      </g>
      {/* The country's outline: each province's shape again, under the provinces and stroked twice as
          wide, so only its outer half shows; with the provinces' own strokes for the inner borders the
          page needs no outline or borders path of its own (both would travel twice, as markup and in
          React's payload). */}
      <g className="map-outline-under" aria-hidden="true">
        {model.provinces.map((p) => (
          <use key={p.id} href={`#prov-${p.id}`} />
        ))}
      </g>
      <g className="map-provinces">
        {model.provinces.map((p) => {
          const view = provinceView(p, params);
          return (
            <Link
              key={p.id}
              href={embedHref(mapHref(params, { province: p.id }), embed)}
              scroll={false}
              prefetch={false}
              data-province={p.id}
              className={`prov prov--${view.fill}`}
              aria-label={`${p.name}: ${view.statusText}`}
              aria-current={p.id === params.province ? "true" : undefined}
              // Reached by keyboard through the province list, so the map adds no 25 extra tab stops.
              tabIndex={-1}
            >
              {/* No class on the shape: its fill is inherited from the link, so <use> copies take theirs from the <use>. */}
              <path id={`prov-${p.id}`} className="prov-shape" d={p.path} />
              {annexed && p[params.account].status === "partly_ceded" && p.treaty.cededPath ? (
                <path className="prov-ceded-part" d={p.treaty.cededPath} />
              ) : null}
              {annexed && view.disputed ? <use href={`#prov-${p.id}`} className="prov-disputed" /> : null}
            </Link>
          );
        })}
      </g>
      <g aria-hidden="true" className="map-lines">
        <path className="map-lake" d={model.lakePath} />
        {model.rivers.map((r, i) => (
          <path key={i} className="map-river" d={r.path} />
        ))}
        {params.phase === "today" ? <path className="map-returned" d={model.treatyAreaPath} /> : null}
        {annexed ? (
          <>
            <path className="map-parallel15" d={model.parallel15.path} />
            <path className="map-treaty-line" d={model.treatyLine.path} />
          </>
        ) : null}
        {selected ? <use href={`#prov-${selected.id}`} className="map-selected" /> : null}
      </g>
      <MapLabels model={model} params={params} names={names} />
    </svg>
  );
}
