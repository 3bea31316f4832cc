import { buildRegionChart } from "@/views/region/figure";
import { renderChartSvg } from "@/lib/chart/render-svg";
import { serializeSvg } from "@/lib/chart/svg-node";
import { formatYearRuns } from "@/lib/region/format";
import { PARTNER_LABEL } from "@/lib/region/partners";
import type { RegionPayload } from "@/views/region/model/region-api";
import { type RegionQuery, type RegionSpans, buildRegionSearch } from "@/views/region/search";
import type { ExportFigure, ExportRow, ExportSource } from "@/lib/export/figure";

const TRADE_SOURCES: ExportSource[] = [
  {
    name: "IMF, Direction of Trade Statistics (DOTS), Japan workbook, Japan-reported",
    title: "IMF Direction of Trade Statistics (DOTS), annual, Japan workbook DOTS_101 (copy committed 2022-02-02)",
    url: "https://github.com/SamLeBlanc/Direction-of-Trade-Map",
  },
];
const AID_SOURCES: ExportSource[] = [
  {
    name: "World Bank, World Development Indicators (DC.DAC.JPNL.CD / DC.DAC.TOTL.CD), based on OECD DAC data",
    title: "World Bank WDI DC.DAC.JPNL.CD: Net bilateral aid flows from DAC donors, Japan (current US$)",
    url: "https://data.worldbank.org/indicator/DC.DAC.JPNL.CD",
  },
];

export type RegionExportInput = { data: RegionPayload; query: RegionQuery; spans: RegionSpans; origin: string };

/**
 * The region chart's export for one view: the page's wide model drawn by the static renderer,
 * and one row per year and partner (gaps as empty values) with Cambodia's derived standing.
 */
export function buildRegionExportFigure({ data, query, spans, origin }: RegionExportInput): ExportFigure {
  const aid = data.measure === "aid";
  const model = buildRegionChart(data, { scale: query.scale }, "wide");
  const range = `${data.from}–${data.to}`;
  const standing = new Map(data.standing.map((s) => [s.year, s]));
  // Years whose share is of fewer than five partners, read from the view's own standing.
  const partial = data.standing.filter((s) => s.value !== null && s.reported < 5).map((s) => s.year);
  const sources = aid ? AID_SOURCES : TRADE_SOURCES;
  const rows: ExportRow[] = data.years.flatMap((year, i) =>
    data.series.map((line) => {
      const s = standing.get(year);
      return {
        year,
        partner_iso3: line.partner,
        partner_name: data.partners.find((p) => p.iso3 === line.partner)?.name ?? PARTNER_LABEL[line.partner],
        value: line.values[i] ?? null,
        unit: data.unit,
        cambodia_rank_of_five_derived: s?.rank ?? null,
        cambodia_share_pct_derived: s?.sharePct ?? null,
        source: data.source,
        source_url: sources[0]!.url,
      };
    }),
  );
  return {
    title: `${model.title}, ${range}`,
    subtitle: model.description,
    panels: [
      {
        legend: model.legend,
        svg: serializeSvg(renderChartSvg(model, { links: false, idPrefix: "panel-region" })),
        width: model.width,
        height: model.height,
      },
    ],
    notes: [
      "Years with no figure in the source are gaps, not zeros.",
      `Cambodia's rank and share are among all five partners: the rank covers every year with a figure for Cambodia (net aid below zero included); the share is derived for trade only (Cambodia ÷ the sum of the partners with a figure that year × 100)${
        partial.length > 0 && !aid
          ? `, so where fewer than five have a figure (${formatYearRuns(partial)} in this view) it is a share of those reported`
          : ""
      }.`,
      ...model.notes,
    ],
    sources,
    licence: aid
      ? "Data: World Bank, World Development Indicators, CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Ranks and shares are derived here."
      : "Source: IMF, Direction of Trade Statistics. Ranks and shares are derived here.",
    viewUrl: `${origin}/region${buildRegionSearch(query, spans)}`,
    fileParts: ["japan-mainland-southeast-asia", data.measure, `${data.from}-${data.to}`],
    columns: [
      "year",
      "partner_iso3",
      "partner_name",
      "value",
      "unit",
      "cambodia_rank_of_five_derived",
      "cambodia_share_pct_derived",
      "source",
      "source_url",
    ],
    rows,
  };
}
