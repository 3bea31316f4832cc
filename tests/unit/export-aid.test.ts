import { csvParse } from "d3-dsv";
import { describe, expect, it } from "vitest";
import { AID_EXPORT_COLUMNS, buildAidExportFigure } from "@/views/aid/export";
import { composeExportSvg } from "@/lib/export/compose-svg";
import { buildCsv } from "@/lib/export/csv";
import { buildExportFileName } from "@/lib/export/file-name";
import { buildExportRecord } from "@/lib/export/metadata";
import { buildAidCsv } from "@/lib/transform/aid-csv";
import { buildAidSeries } from "@/lib/transform/aid-series";

const CTX = { exportedAt: "2026-11-29T10:00:00.000Z", product: { name: "Dashboard", version: "1.2.3" } };
// 1984–1985 have no Japan value: the export must keep them as gaps.
const ROWS = [
  { year: 1983, category: "net_bilateral_oda", value: 1_000_000 },
  { year: 1986, category: "net_bilateral_oda", value: 3_500_000 },
  { year: 1987, category: "net_bilateral_oda", value: -250_000 },
  { year: 1983, category: "net_bilateral_oda_all_dac_donors", value: 4_000_000 },
  { year: 1984, category: "net_bilateral_oda_all_dac_donors", value: 5_000_000 },
  { year: 1986, category: "net_bilateral_oda_all_dac_donors", value: 7_000_000 },
];
const span = { first: 1960, last: 2023 };
const series = buildAidSeries(ROWS, 1983, 1987);
const query = { from: 1983, to: 1987, year: null, events: true };
const figure = buildAidExportFigure({ series, query, span, origin: "http://x" });

describe("aid adapter", () => {
  it("names files after the range", () => {
    expect(buildExportFileName(figure.fileParts, "png")).toBe("cambodia-japan-aid-net-oda-1983-1987.png");
    const full = buildAidExportFigure({
      series: buildAidSeries(ROWS, 1960, 2023),
      query: { ...query, from: 1960, to: 2023 },
      span,
      origin: "http://x",
    });
    expect(buildExportFileName(full.fileParts, "csv")).toBe("cambodia-japan-aid-net-oda-1960-2023.csv");
  });

  it("has one row per year of the view, gaps as empty cells, with source columns", () => {
    expect(figure.rows).toHaveLength(5);
    expect(figure.columns).toEqual(AID_EXPORT_COLUMNS);
    const csv = csvParse(buildCsv(figure.columns, figure.rows));
    expect(csv.map((r) => r.japan_net_bilateral_oda_usd)).toEqual(["1000000", "", "", "3500000", "-250000"]);
    expect(csv[0]?.japan_share_pct_derived).toBe("25");
    expect(
      csv.every(
        (r) =>
          r.source?.includes("DC.DAC.JPNL.CD") &&
          r.source_url === "https://data.worldbank.org/indicator/DC.DAC.JPNL.CD",
      ),
    ).toBe(true);
    // Same values and columns as GET /api/aid?format=csv, plus the link.
    const api = csvParse(buildAidCsv(series));
    expect(api.columns).toEqual(figure.columns.filter((c) => c !== "source_url"));
    expect(api.map((r) => r.japan_net_bilateral_oda_usd)).toEqual(csv.map((r) => r.japan_net_bilateral_oda_usd));
  });

  it("describes the view: title, range, sources, licence, view URL", () => {
    expect(figure.title).toBe("Japan's aid to Cambodia, 1983–1987");
    expect(figure.subtitle).toContain("1983–1987");
    expect(figure.viewUrl).toBe("http://x/aid?from=1983&to=1987");
    expect(figure.licence).toContain("CC BY 4.0");
    const record = buildExportRecord(figure, CTX);
    expect(record.sources.map((s) => s.url)).toContain("https://data.worldbank.org/indicator/DC.DAC.JPNL.CD");
  });

  it("draws bars for years with data, a hatched no-data band and the legend inside the SVG", () => {
    const oda = figure.panels[0]!.svg;
    expect(oda.match(/<rect class="bar"[^>]*fill="#1f77b4"/g)).toHaveLength(3);
    expect(oda).toContain("no data 1984–1985");
    expect(oda).toMatch(/<path d="M[^"]+" stroke="#1d2330" data-series="share"/);
    const { svg } = composeExportSvg(figure, { record: buildExportRecord(figure, CTX) });
    for (const label of [
      "Japan's net bilateral ODA (bars)",
      "no data in the source",
      "Japan's share of all DAC donors (line, derived)",
    ]) {
      expect(svg).toContain(label.replace(/'/g, "&apos;"));
    }
    expect(svg).toContain("World Bank, World Development Indicators (DC.DAC.JPNL.CD), based on OECD DAC data");
    expect(svg).not.toContain("var(");
  });
});

describe("aid export notes", () => {
  it("names each event marker's year once", () => {
    const keyEvents = [
      { id: "1970-coup", year: 1970, short: "1970 coup", title: "Coup", dateLabel: "1970", href: "/timeline#a" },
      { id: "paris", year: 1991, short: "Paris Agreements", title: "Paris", dateLabel: "1991", href: "/timeline#b" },
    ];
    const withEvents = buildAidExportFigure({
      series: buildAidSeries(ROWS, 1960, 2023),
      query: { from: 1960, to: 2023, year: null, events: true },
      span,
      origin: "http://x",
      keyEvents,
    });
    const text = withEvents.notes.join(" ");
    expect(text).toContain("(1970 coup; 1991 Paris Agreements)");
    expect(text).not.toContain("1970 1970");
  });
});
