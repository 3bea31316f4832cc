import type { ExportFigure, ExportRow, ExportSource } from "./figure";

export type ExportContext = {
  /** When the export was made (ISO 8601). */
  exportedAt: string;
  product: { name: string; version: string };
};

/** The provenance record carried by every export: SVG <metadata>, the JSON file and (in part) the PNG text chunks. */
export type ExportRecord = {
  title: string;
  subtitle: string;
  sources: ExportSource[];
  licence: string;
  notes: string[];
  viewUrl: string;
  exportedAt: string;
  product: { name: string; version: string };
};

export function buildExportRecord(figure: ExportFigure, ctx: ExportContext): ExportRecord {
  return {
    title: figure.title,
    subtitle: figure.subtitle,
    sources: figure.sources.map((s) => ({
      name: s.name,
      title: s.title,
      url: s.url,
      ...(s.group ? { group: s.group } : {}),
    })),
    licence: figure.licence,
    notes: [...figure.notes],
    viewUrl: figure.viewUrl,
    exportedAt: ctx.exportedAt,
    product: { name: ctx.product.name, version: ctx.product.version },
  };
}

/** The JSON download: the same record as the SVG metadata, plus the rows of the view. */
export function buildExportJson(record: ExportRecord, columns: readonly string[], rows: readonly ExportRow[]): string {
  return `${JSON.stringify({ ...record, columns, count: rows.length, rows }, null, 2)}\n`;
}

/** One line naming every source for the figure; grouped sources follow as "Group: a; b". */
export function buildSourceLine(sources: readonly ExportSource[]): string {
  const groups = new Map<string, Set<string>>();
  for (const s of sources) {
    const key = s.group ?? "";
    if (!groups.has(key)) groups.set(key, new Set());
    groups.get(key)?.add(s.name);
  }
  const count = [...groups.values()].reduce((n, g) => n + g.size, 0);
  const parts = [...groups].map(([group, names]) =>
    group ? `${group}: ${[...names].join("; ")}` : [...names].join("; "),
  );
  return `Source${count > 1 ? "s" : ""}: ${parts.join(". ")}`;
}

/** PNG text chunks (keywords from the PNG spec, plus URL) carrying the record inside the image bytes. */
export function buildPngTextEntries(record: ExportRecord): { keyword: string; text: string }[] {
  return [
    { keyword: "Title", text: record.title },
    { keyword: "Description", text: record.subtitle },
    { keyword: "Source", text: record.sources.map((s) => `${s.title} <${s.url}>`).join("; ") },
    { keyword: "Copyright", text: record.licence },
    { keyword: "URL", text: record.viewUrl },
    { keyword: "Software", text: `${record.product.name} ${record.product.version}` },
    { keyword: "Creation Time", text: record.exportedAt },
  ];
}
