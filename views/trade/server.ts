import "server-only";
import { getTradeRows, getWorldTradeRows } from "@/lib/data/trade";
import { buildPreviewMarks } from "@/lib/og/preview-marks";
import { csvAndJson } from "@/lib/seo/dataset";
import { DATA_SOURCES } from "@/lib/seo/sources";
import { REPORTER_LABEL } from "@/lib/transform/trade-labels";
import { buildTradeDomains } from "@/lib/transform/trade-domains";
import { buildTradeShares } from "@/lib/transform/trade-share";
import type { RawSearchParams } from "@/lib/url/search-params";
import type { ViewServer } from "@/views/shared/view-server";
import { tradeView } from "./definition";
import { buildTradeViewFigures } from "./figure";
import { buildTradeApiRows } from "./model/trade-api";
import { buildShownRange, buildTradeDisplay } from "./model/trade-display";
import { parseTradePageParams } from "@/views/trade/params";
import { tradeApiKey } from "@/views/trade/search";

/** The rows a trade state draws: the published rows, or the derived shares. */
async function readState(raw: RawSearchParams) {
  const [rows, world] = await Promise.all([getTradeRows(), getWorldTradeRows()]);
  const domains = buildTradeDomains(rows);
  const { query } = parseTradePageParams(raw, (r) => domains[r]);
  const share = query.measure === "share";
  const dataRows = share ? buildTradeShares(rows, world, query.reporter, query) : buildTradeApiRows(rows, query);
  return { rows, domains, query, share, data: { query, rows: dataRows } };
}

export const tradeServer: ViewServer = {
  view: tradeView,
  async describe(raw) {
    const { rows, domains, query, share, data } = await readState(raw);
    const shown = buildTradeDisplay(data, query, domains[query.reporter]);
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
  },
  async previewFigure(raw) {
    const { domains, query, data } = await readState(raw);
    const figures = buildTradeViewFigures(data, query, domains[query.reporter], []);
    return { kind: "chart", panels: figures.map((f) => buildPreviewMarks(f.wide)) };
  },
};
