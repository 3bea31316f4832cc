import { ACCOUNT_LABELS, STATUS_LABELS } from "@/lib/map/accounts";
import { buildMapLegend } from "@/lib/map/legend";
import { NAME_SCRIPT_LABELS, type ResolvedName } from "@/lib/map/names";
import type { CessionMapModel } from "@/lib/map/model";
import { mapHref } from "@/views/map/params";
import { type MapParams } from "@/lib/map/settings";
import type { ExportFigure, ExportRow, ExportSource, LegendEntry } from "@/lib/export/figure";

/** Required on every map and every map export (data/SOURCES.md, ODbL 1.0). */
export const MAP_ATTRIBUTION =
  "Province boundaries © OpenStreetMap contributors (ODbL) via geoBoundaries; Natural Earth";

export const PHASE_TEXT: Record<MapParams["phase"], string> = {
  before: "before 1941 (French protectorate)",
  annexed: "1941–1946, annexed by Thailand",
  today: "today, with the area returned in 1946",
};

const BOUNDARY_SOURCES: ExportSource[] = [
  {
    name: "geoBoundaries KHM ADM1 (gbOpen), from OpenStreetMap",
    title: "geoBoundaries: KHM ADM1, gbOpen (Runfola et al. 2020), ODbL 1.0",
    url: "https://www.geoboundaries.org/",
    group: "Map data",
  },
  {
    name: "OpenStreetMap contributors",
    title: "© OpenStreetMap contributors, ODbL 1.0",
    url: "https://www.openstreetmap.org/copyright",
    group: "Map data",
  },
  {
    name: "Natural Earth (neighbours, rivers, lakes)",
    title: "Natural Earth 1:10m, public domain",
    url: "https://www.naturalearthdata.com/",
    group: "Map data",
  },
];

/** Everything of the map's export the server can say: plain data for the client island, which adds the drawn map and the URL. */
export type MapExportSpec = Omit<ExportFigure, "panels" | "viewUrl"> & {
  legend: LegendEntry[];
  path: string;
  scale: { km: number; length: number };
};

/**
 * `names` (the chosen script's names, from buildProvinceNames) adds a name column and the names'
 * sources when the view is not in English, and names the selected province in that script.
 */
export function buildMapExportSpec(
  model: CessionMapModel,
  params: MapParams,
  names?: Record<string, ResolvedName>,
): MapExportSpec {
  const account = params.account;
  const sources = new Map<string, ExportSource>(BOUNDARY_SOURCES.map((s) => [s.url, s]));
  for (const p of model.provinces) {
    for (const s of p.sources)
      if (!sources.has(s.url))
        sources.set(s.url, { name: s.title, title: s.title, url: s.url, group: "1941 settlement" });
  }
  if (account === "encyclopedia")
    for (const s of model.accounts.encyclopedia.sources)
      sources.set(s.url, { name: s.title, title: s.title, url: s.url, group: "Encyclopedia account" });
  const script = params.names ?? "en";
  const inScript = script !== "en" && names ? names : null;
  if (inScript)
    for (const n of Object.values(inScript))
      if (n.source && !sources.has(n.source.url))
        sources.set(n.source.url, {
          name: n.source.title,
          title: n.source.title,
          url: n.source.url,
          group: "Province names",
        });
  const selected = model.provinces.find((p) => p.id === params.province);
  const selectedName =
    selected && inScript?.[selected.id] && !inScript[selected.id]!.fallback
      ? `${inScript[selected.id]!.text} (${selected.name})`
      : selected?.name;
  const rows: ExportRow[] = model.provinces.map((p) => ({
    province_id: p.id,
    province: p.name,
    ...(inScript ? { [`province_name_${script}`]: inScript[p.id]!.fallback ? "" : inScript[p.id]!.text } : {}),
    iso: p.iso,
    account: ACCOUNT_LABELS[account],
    status_1941: STATUS_LABELS[p[account].status],
    treaty_status: STATUS_LABELS[p.treaty.status],
    encyclopedia_status: STATUS_LABELS[p.encyclopedia.status],
    accounts_disagree: p.disputed,
    thai_province_1941: p.thaiProvince,
    province_km2_derived: Math.round(p.areaKm2),
    ceded_km2_derived: Math.round(p[account].cededKm2),
    notes: account === "treaty" ? p.notes : p.encyclopedia.note,
    source_titles: p.sources.map((s) => s.title).join(" | "),
    source_urls: p.sources.map((s) => s.url).join(" | "),
    boundary_attribution: MAP_ATTRIBUTION,
  }));
  return {
    title: "1941: the provinces Cambodia lost to Thailand",
    subtitle: `Phase: ${PHASE_TEXT[params.phase]}. Account: ${ACCOUNT_LABELS[account]}.${params.zoom === "ceded" && !params.view ? " Zoomed to the ceded area." : ""}${params.view ? ` Zoomed ${params.view.scale}× around ${params.view.lat}°N ${params.view.lon}°E.` : ""}${selectedName ? ` Selected: ${selectedName}.` : ""}${inScript ? ` Names: ${NAME_SCRIPT_LABELS[script]}.` : ""}`,
    legend: buildMapLegend(params),
    notes: [
      "Today's province boundaries, equal-area projection. The treaty line and the areas are approximations computed on modern boundaries; areas are derived.",
    ],
    sources: [...sources.values()],
    licence: `${MAP_ATTRIBUTION} (public domain). The map data file is available under the ODbL 1.0.`,
    path: mapHref(params),
    fileParts: [
      "cambodia-1941-map",
      account,
      params.phase,
      ...(params.zoom === "ceded" && !params.view ? ["ceded-area"] : []),
      ...(params.view ? [`zoom-${params.view.scale}x`] : []),
      ...(inScript ? [`names-${script}`] : []),
    ],
    columns: Object.keys(rows[0] ?? {}),
    rows,
    scale: { km: model.scaleBar.km, length: model.scaleBar.length },
  };
}
