import { readFileSync } from "node:fs";
import path from "node:path";
import { deflateSync, crc32 as zlibCrc32 } from "node:zlib";
import { describe, expect, it } from "vitest";
import { buildTradeExportFigure, buildTradeSourceUrl } from "@/views/trade/export";
import { composeExportSvg } from "@/lib/export/compose-svg";
import { buildCsv } from "@/lib/export/csv";
import type { ExportFigure } from "@/lib/export/figure";
import { buildExportFileName, slugifyFilePart } from "@/lib/export/file-name";
import { buildExportJson, buildExportRecord, buildPngTextEntries, buildSourceLine } from "@/lib/export/metadata";
import {
  buildChunk,
  crc32,
  insertPngTextChunks,
  readPngChunks,
  readPngSize,
  readPngText,
} from "@/lib/export/png-chunks";
import { wrapText } from "@/lib/chart/text-layout";
import { buildTradeApiRows } from "@/views/trade/model/trade-api";
import { FIXTURE } from "./trade-fixtures";

const CTX = { exportedAt: "2026-11-29T10:00:00.000Z", product: { name: "Dashboard", version: "1.2.3" } };

const figure: ExportFigure = {
  title: "Japan–Cambodia trade, 1994–2020",
  subtitle: "Japan-reported, 1994–2020 <test & escape>",
  panels: [
    {
      legend: [
        { label: "Japan → Cambodia", color: "#1f77b4", shape: "bar" },
        { label: "Balance (derived)", color: "#1d2330", shape: "line" },
      ],
      svg: '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"><rect width="10" height="10" fill="#1f77b4"/></svg>',
      width: 100,
      height: 50,
    },
  ],
  notes: ["Gaps are gaps."],
  sources: [
    { name: "IMF DOTS", title: "IMF Direction of Trade Statistics", url: "https://github.com/x/y/blob/abc/f.xlsx" },
    { name: "Phnom Penh Post", title: "Exports to Japan reach $296m", url: "https://phnompenhpost.com/a" },
  ],
  licence: "Data: IMF terms of use, attribution required.",
  viewUrl: "http://localhost:3000/trade?from=1994",
  fileParts: ["cambodia-japan-trade", "japan-reported", "1994-2020"],
  columns: ["year", "value", "source"],
  rows: [
    { year: 1994, value: 1.5, source: 'a, "quoted"' },
    { year: 1995, value: null, source: "b" },
  ],
};

/** A 2×1 RGB PNG built by hand (zlib from Node), independent of the code under test. */
function tinyPng(): Uint8Array {
  const sig = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const ihdr = new Uint8Array(13);
  const v = new DataView(ihdr.buffer);
  v.setUint32(0, 2);
  v.setUint32(4, 1);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const idat = deflateSync(Uint8Array.from([0, 255, 0, 0, 0, 0, 255]));
  const chunk = (type: string, data: Uint8Array) => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, "ascii");
    Buffer.from(data).copy(out, 8);
    out.writeUInt32BE(zlibCrc32(Buffer.concat([Buffer.from(type, "ascii"), Buffer.from(data)])), 8 + data.length);
    return out;
  };
  return new Uint8Array(
    Buffer.concat([sig, chunk("IHDR", ihdr), chunk("IDAT", idat), chunk("IEND", new Uint8Array())]),
  );
}

describe("file names", () => {
  it("describe the view in lower-case ASCII", () => {
    expect(buildExportFileName(["cambodia-japan-trade", "japan-reported", "1994-2020"], "png")).toBe(
      "cambodia-japan-trade-japan-reported-1994-2020.png",
    );
    expect(buildExportFileName(["Cambodia 1941", "Map", "Treaty – annexed"], "svg")).toBe(
      "cambodia-1941-map-treaty-annexed.svg",
    );
    expect(slugifyFilePart("Phnom Penh → Tōkyō")).toBe("phnom-penh-tokyo");
    expect(buildExportFileName(["", "–"], "csv")).toBe("figure.csv");
  });
  it("names the trade views", () => {
    const rows = buildTradeApiRows(FIXTURE, { reporter: "both", from: 2000, to: 2003 });
    const f = buildTradeExportFigure({
      rows,
      query: { reporter: "both", measure: "value", from: 2000, to: 2003 },
      domain: { from: 2000, to: 2005 },
      origin: "http://x",
    });
    expect(buildExportFileName(f.fileParts, "png")).toBe("cambodia-japan-trade-both-reporters-2000-2003.png");
    expect(f.viewUrl).toBe("http://x/trade?reporter=both&to=2003");
  });
});

describe("provenance record", () => {
  const record = buildExportRecord(figure, CTX);
  it("carries title, sources with URLs, licence, view URL, date and version", () => {
    expect(record).toMatchObject({
      title: figure.title,
      licence: figure.licence,
      viewUrl: figure.viewUrl,
      exportedAt: CTX.exportedAt,
      product: CTX.product,
    });
    expect(record.sources.map((s) => s.url)).toEqual(figure.sources.map((s) => s.url));
  });
  it("is the JSON download's header, followed by the rows", () => {
    const json = JSON.parse(buildExportJson(record, figure.columns, figure.rows)) as Record<string, unknown>;
    expect(json).toMatchObject({ ...record, count: 2, columns: figure.columns });
    expect(json.rows).toEqual(figure.rows);
  });
  it("names every source in one line and in the PNG chunks", () => {
    expect(buildSourceLine(figure.sources)).toBe("Sources: IMF DOTS; Phnom Penh Post");
    const entries = Object.fromEntries(buildPngTextEntries(record).map((e) => [e.keyword, e.text]));
    expect(entries.Title).toBe(figure.title);
    expect(entries.URL).toBe(figure.viewUrl);
    expect(entries.Source).toContain("https://phnompenhpost.com/a");
    expect(entries.Copyright).toBe(figure.licence);
  });
});

describe("CSV", () => {
  it("quotes per RFC 4180 and leaves missing values empty", () => {
    expect(buildCsv(figure.columns, figure.rows)).toBe('year,value,source\r\n1994,1.5,"a, ""quoted"""\r\n1995,,b\r\n');
  });
  it("ends every line, the last included, with the line end asked, and keeps a line break inside a quoted cell", () => {
    const rows = [{ year: 1994, note: "two\nlines", estimate: true }];
    expect(buildCsv(["year", "note", "estimate"], rows, "\n")).toBe('year,note,estimate\n1994,"two\nlines",true\n');
    expect(buildCsv(["year", "note"], rows)).toBe('year,note\r\n1994,"two\nlines"\r\n');
  });
});

describe("PNG text chunks", () => {
  it("computes the PNG CRC-32", () => {
    expect(crc32(new TextEncoder().encode("IEND"))).toBe(0xae426082);
    const bytes = new TextEncoder().encode("Japan–Cambodia trade");
    expect(crc32(bytes)).toBe(zlibCrc32(Buffer.from(bytes)));
  });
  it("round-trips Latin-1 (tEXt) and UTF-8 (iTXt) text with valid CRCs, image untouched", () => {
    const png = tinyPng();
    const entries = [
      { keyword: "Title", text: "Japan–Cambodia trade → 2020" },
      { keyword: "Source", text: "IMF DOTS <https://example.org>" },
      { keyword: "Copyright", text: "© OpenStreetMap contributors (ODbL)" },
    ];
    const out = insertPngTextChunks(png, entries);
    const chunks = readPngChunks(out);
    expect(chunks.map((c) => c.type)).toEqual(["IHDR", "iTXt", "tEXt", "tEXt", "IDAT", "IEND"]);
    expect(chunks.every((c) => c.crcOk)).toBe(true);
    expect(readPngText(out)).toEqual(Object.fromEntries(entries.map((e) => [e.keyword, e.text])));
    expect(readPngSize(out)).toEqual({ width: 2, height: 1 });
    // The pixel data is byte-for-byte the same.
    expect(Buffer.from(chunks[4]!.data).equals(Buffer.from(readPngChunks(png)[1]!.data))).toBe(true);
  });
  it("builds an empty chunk as length 0, type and the CRC of the type alone", () => {
    const chunk = buildChunk("tEXt", new Uint8Array());
    const view = new DataView(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    expect(chunk.length).toBe(12);
    expect(view.getUint32(0)).toBe(0);
    expect(new TextDecoder().decode(chunk.slice(4, 8))).toBe("tEXt");
    expect(view.getUint32(8)).toBe(zlibCrc32(Buffer.from("tEXt")));
  });
  it("detects corruption and rejects non-PNG input", () => {
    const out = insertPngTextChunks(tinyPng(), [{ keyword: "Title", text: "x" }]);
    out[40] = (out[40] ?? 0) ^ 0xff;
    expect(readPngChunks(out).some((c) => !c.crcOk)).toBe(true);
    expect(() => readPngChunks(new Uint8Array([1, 2, 3]))).toThrow(/signature/);
    expect(() => insertPngTextChunks(tinyPng(), [{ keyword: "", text: "x" }])).toThrow(/keyword/);
  });
});

describe("SVG composition", () => {
  const { svg, width, height } = composeExportSvg(figure, {
    record: buildExportRecord(figure, CTX),
    fontCss: "@font-face{font-family:'Source Sans 3';src:url(data:font/woff2;base64,AAAA)}",
  });
  it("contains the title, legend, notes, sources, licence, URL and date", () => {
    for (const text of [
      "Japan–Cambodia trade, 1994–2020",
      "Japan → Cambodia",
      "Balance (derived)",
      "Gaps are gaps.",
      "Sources: IMF DOTS; Phnom Penh Post",
      figure.licence,
      "exported 2026-11-29",
      "1.2.3",
    ]) {
      expect(svg).toContain(text);
    }
    expect(svg).toContain("&lt;test &amp; escape&gt;");
    expect(width).toBe(1000);
    expect(height).toBeGreaterThan(200);
  });
  it("holds the provenance record as JSON in <metadata>", () => {
    const m = /<metadata[^>]*>([\s\S]*?)<\/metadata>/.exec(svg);
    const text = m![1]!
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
    expect(JSON.parse(text)).toEqual(buildExportRecord(figure, CTX));
  });
  it("stands alone: no CSS variables, no external references, balanced markup", () => {
    expect(svg).not.toContain("var(");
    expect(svg).not.toMatch(/href="(?!#)/);
    expect(svg.match(/url\((?!data:|#)/g)).toBeNull();
    expect(svg.match(/<svg\b/g)?.length).toBe(svg.match(/<\/svg>/g)?.length);
  });
  it("wraps long text inside the figure width", () => {
    const lines = wrapText("word ".repeat(100).trim(), 300, 13, 400, (t) => t.length * 7);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((l) => l.length * 7 <= 300)).toBe(true);
  });
});

describe("trade adapter", () => {
  const query = { reporter: "japan" as const, measure: "value" as const, from: 2000, to: 2005 };
  const rows = buildTradeApiRows(FIXTURE, query);
  const f = buildTradeExportFigure({ rows, query, domain: { from: 2000, to: 2005 }, origin: "http://x" });
  it("exports exactly the view's rows, each with its source", () => {
    expect(f.rows).toHaveLength(rows.length);
    expect(f.rows.every((r) => typeof r.source_title === "string" && r.source_title !== "")).toBe(true);
    expect(new Set(f.rows.map((r) => r.series))).toEqual(new Set(rows.map((r) => r.series)));
  });
  it("has one panel with the drawn series in its legend and a source per distinct document", () => {
    expect(f.panels).toHaveLength(1);
    expect(f.panels[0]!.legend.map((l) => l.label).join("|")).toMatch(/Japan → Cambodia.*Cambodia → Japan.*Balance/);
    expect(f.sources).toHaveLength(new Set(rows.map((r) => `${r.series}|${r.sourceTitle}|${r.source}`)).size);
    expect(buildExportFileName(f.fileParts, "svg")).toBe("cambodia-japan-trade-japan-reported-2000-2005.svg");
  });
  it("turns repository paths into GitHub links and keeps URLs", () => {
    expect(buildTradeSourceUrl("SamLeBlanc/Direction-of-Trade-Map: data/DOTS/DOTS_101.xlsx (Japan workbook)")).toBe(
      "https://github.com/SamLeBlanc/Direction-of-Trade-Map/blob/a769819/data/DOTS/DOTS_101.xlsx",
    );
    expect(buildTradeSourceUrl("https://phnompenhpost.com/x")).toBe("https://phnompenhpost.com/x");
  });
  it("draws the mirror view as two panels", () => {
    const q = { reporter: "both" as const, measure: "value" as const, from: 2000, to: 2003 };
    const m = buildTradeExportFigure({
      rows: buildTradeApiRows(FIXTURE, q),
      query: q,
      domain: { from: 2000, to: 2005 },
      origin: "http://x",
    });
    expect(m.panels).toHaveLength(2);
    expect(m.panels.every((p) => p.title)).toBe(true);
    expect(m.panels[0]!.legend.some((l) => l.hatched)).toBe(true);
  });
});

describe("source line", () => {
  it("lists grouped sources under their group", () => {
    const s = (name: string, group?: string) => ({ name, title: name, url: "https://x", ...(group ? { group } : {}) });
    expect(buildSourceLine([s("IMF"), s("A", "Press reports"), s("B", "Press reports")])).toBe(
      "Sources: IMF. Press reports: A; B",
    );
    expect(buildSourceLine([s("IMF")])).toBe("Source: IMF");
  });
});

describe("map adapter", () => {
  // Builds the whole map from the data files: allow for a loaded machine.
  it("names the view, carries the ODbL attribution in the licence and in every row", { timeout: 30_000 }, async () => {
    const { getCessionMap } = await import("@/lib/data/geo");
    const { buildMapExportSpec, MAP_ATTRIBUTION } = await import("@/views/map/export");
    const model = await getCessionMap();
    const spec = buildMapExportSpec(model, { phase: "annexed", account: "treaty", province: null, zoom: "all" });
    expect(buildExportFileName(spec.fileParts, "svg")).toBe("cambodia-1941-map-treaty-annexed.svg");
    expect(spec.licence).toContain(MAP_ATTRIBUTION);
    // The attribution is the one data/SOURCES.md requires for the map file, word for word.
    const sourcesRow = readFileSync(path.join(process.cwd(), "data/SOURCES.md"), "utf8")
      .split("\n")
      .find((line) => line.startsWith("| `cambodia-1941.topo.json`"));
    expect(sourcesRow?.match(/"([^"]+)" on every map/)?.[1]).toBe(MAP_ATTRIBUTION);
    expect(spec.rows).toHaveLength(model.provinces.length);
    expect(
      spec.rows.every((r) => r.boundary_attribution === MAP_ATTRIBUTION && String(r.source_urls).startsWith("http")),
    ).toBe(true);
    const enc = buildMapExportSpec(model, {
      phase: "today",
      account: "encyclopedia",
      province: "battambang",
      zoom: "ceded",
    });
    expect(buildExportFileName(enc.fileParts, "png")).toBe("cambodia-1941-map-encyclopedia-today-ceded-area.png");
    expect(enc.subtitle).toContain("Battambang");
  });
});
