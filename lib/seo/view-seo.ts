import "server-only";
import { cache } from "react";
import { ACCOUNT_LABELS } from "@/lib/map/accounts";
import { PHASE_TEXT } from "@/views/map/export";
import { getAidYearSpan } from "@/lib/data/aid";
import { getCessionMap } from "@/lib/data/geo";
import { getTradeRows, getWorldTradeRows } from "@/lib/data/trade";
import { getViewContext, readViewParams } from "@/lib/data/view-context";
import { joinNames } from "@/lib/region/format";
import { PARTNER_LABEL, REGION_HEADING } from "@/lib/region/partners";
import { SITE } from "@/lib/site";
import { REPORTER_LABEL } from "@/lib/trade-labels";
import { ERAS } from "@/lib/transform/timeline";
import { buildTradeApiRows } from "@/views/trade/model/trade-api";
import { buildShownRange, buildTradeDisplay } from "@/views/trade/model/trade-display";
import { buildTradeDomains } from "@/lib/transform/trade-domains";
import { buildTradeShares } from "@/lib/transform/trade-share";
import { aidApiKey, parseAidParams } from "@/views/aid/params";
import { parseMapParams } from "@/views/map/params";
import { parseRegionParams, regionApiHref } from "@/views/region/params";
import type { RawSearchParams } from "@/lib/url/search-params";
import { parseTimelineParams } from "@/views/timeline/params";
import { parseTradePageParams, tradeApiKey } from "@/views/trade/params";
import { type ViewRoute, buildViewSearch } from "@/lib/url/view-key";
import { type DatasetInput, type Download, withFormat } from "./dataset";
import { DATA_SOURCES, type DataSource } from "./sources";

/** What a view is, for its metadata, its dataset record, its preview image and its print footer. */
export type ViewSeo = {
  route: ViewRoute;
  /** The public URL of the view: the route with its normalised search params. */
  canonicalPath: string;
  title: string;
  description: string;
  sources: readonly DataSource[];
  /** The data behind the view; null where the view has no download (the timeline). */
  dataset: DatasetInput | null;
};

/** What each route shows, whatever its settings. */
const ROUTE_DESCRIPTION: Record<ViewRoute, string> = {
  trade:
    "Japan–Cambodia merchandise trade since 1960 as each side reports it (IMF DOTS), with the balance and the sources of every figure.",
  aid: "Japan's net bilateral ODA to Cambodia per year since 1960 (World Bank WDI), its share of all DAC donors, and the cumulative totals different sources claim.",
  region:
    "Japan's trade with and net aid to Cambodia, Laos, Myanmar, Thailand and Vietnam since 1960 (IMF DOTS, World Bank WDI): where Cambodia stands among the five.",
  map: "The Cambodian provinces Thailand annexed in 1941 under the settlement Japan brokered, returned in 1946: the treaty line, two accounts, three phases.",
  timeline:
    "Cambodia and Japan from the first merchant ship in 1569 to the comprehensive strategic partnership of 2023, each event with its source.",
};

const csvAndJson = (api: string, what: string): Download[] => [
  { name: `${what} (CSV)`, path: withFormat(api, "csv"), format: "text/csv" },
  { name: `${what} (JSON)`, path: api, format: "application/json" },
];

type Described = Omit<ViewSeo, "route" | "canonicalPath" | "description" | "dataset"> & {
  showing: string;
  dataset: Omit<DatasetInput, "name" | "description" | "path" | "sources" | "catalogue"> | null;
};

async function describe(route: ViewRoute, raw: RawSearchParams, search: string): Promise<Described> {
  const ctx = await getViewContext();
  switch (route) {
    case "trade": {
      const [rows, world] = await Promise.all([getTradeRows(), getWorldTradeRows()]);
      const domains = buildTradeDomains(rows);
      const { query } = parseTradePageParams(raw, (r) => domains[r]);
      const share = query.measure === "share";
      const dataRows = share ? buildTradeShares(rows, world, query.reporter, query) : buildTradeApiRows(rows, query);
      const shown = buildTradeDisplay({ query, rows: dataRows }, query, domains[query.reporter]);
      const press = !share && buildTradeApiRows(rows, query).some((r) => !r.series.startsWith("imf_"));
      // Shares and indices are stated over the years they cover, which can end before the range selected.
      const shownRange = buildShownRange(shown, query);
      const range = `${shownRange.from}–${shownRange.to}`;
      const scale = query.scale === "linear" ? "" : `, ${query.scale} scale`;
      // An index has no unit: its description names the base year, not a currency.
      const unit = share
        ? ", as a share of each side's trade with the world (derived)"
        : shown.scale.kind === "index"
          ? `, index (${shown.scale.base} = 100, derived)`
          : ", USD million";
      return {
        title: `Japan–Cambodia trade, ${REPORTER_LABEL[query.reporter]}, ${range}${share ? ", share of trade with the world" : ""}${scale}`,
        showing: `${REPORTER_LABEL[query.reporter]}, ${range}${unit}${shown.scale.kind === "index" ? "" : scale}.`,
        sources: press ? [DATA_SOURCES.imfDots, DATA_SOURCES.tradePress] : [DATA_SOURCES.imfDots],
        dataset: {
          years: shownRange,
          place: "Japan; Cambodia",
          downloads: csvAndJson(tradeApiKey(query, domains), share ? "Trade shares" : "Trade rows"),
        },
      };
    }
    case "aid": {
      const { query } = parseAidParams(raw, await getAidYearSpan());
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
    }
    case "region": {
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
    }
    case "map": {
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
    }
    case "timeline": {
      const { era } = parseTimelineParams(raw);
      const label = ERAS.find((e) => e.id === era)?.label;
      return {
        title: `Timeline: Cambodia and Japan${label ? `, ${label}` : ""}`,
        showing: label ? `the ${label} era.` : "every era.",
        sources: [],
        dataset: null,
      };
    }
  }
}

/**
 * The view a page segment stands for, described once per request (generateMetadata, the page
 * and the preview image share it). A segment that is not canonical is a 404, as for the page.
 */
export const getViewSeo = cache(async (route: ViewRoute, segment: string): Promise<ViewSeo> => {
  const raw = await readViewParams(route, Promise.resolve({ view: segment }));
  const { search } = buildViewSearch(route, raw, await getViewContext());
  const canonicalPath = `/${route}${search}`;
  const { title, showing, sources, dataset } = await describe(route, raw, search);
  const description = `${ROUTE_DESCRIPTION[route]} Showing: ${showing}`;
  return {
    route,
    canonicalPath,
    title,
    description,
    sources,
    dataset: dataset && { ...dataset, name: title, description, path: canonicalPath, sources, catalogue: SITE.name },
  };
});
