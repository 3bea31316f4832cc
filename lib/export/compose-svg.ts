import { buildSwatch, legendHatch } from "@/lib/chart/render-svg";
import { serializeSvg } from "@/lib/chart/svg-node";
import { THEME } from "@/lib/chart/theme";
import type { ExportFigure, LegendEntry } from "./figure";
import { type ExportRecord, buildSourceLine } from "./metadata";
import { type MeasureText, escapeXml, estimateTextWidth, wrapText } from "@/lib/chart/text-layout";

/** Literal colours of the light theme: an export never depends on page CSS or the reader's theme. */
const EXPORT_COLORS = {
  background: THEME.color.background,
  text: THEME.color.text,
  muted: THEME.color.muted,
  rule: THEME.color.rule,
} as const;
const EXPORT_FONT_FAMILY = THEME.font.exportFamily;
const FIGURE_WIDTH = 1000;
const PAD = 24;

export type ComposeOptions = {
  record: ExportRecord;
  /** `@font-face` rules with data: URIs; empty in tests. */
  fontCss?: string;
  measure?: MeasureText;
  width?: number;
};

export type ComposedSvg = { svg: string; width: number; height: number };

type Cursor = { y: number; parts: string[] };

function textBlock(
  c: Cursor,
  text: string,
  o: {
    size: number;
    weight: 400 | 700;
    color: string;
    lineHeight: number;
    maxWidth: number;
    measure: MeasureText;
    cls: string;
  },
) {
  const lines = wrapText(text, o.maxWidth, o.size, o.weight, o.measure);
  if (lines.length === 0) return;
  const tspans = lines
    .map((l, i) => `<tspan x="${PAD}" y="${round(c.y + o.size + i * o.lineHeight)}">${escapeXml(l)}</tspan>`)
    .join("");
  c.parts.push(
    `<text class="${o.cls}" font-size="${o.size}" font-weight="${o.weight}" fill="${o.color}">${tspans}</text>`,
  );
  c.y += o.size + (lines.length - 1) * o.lineHeight + (o.lineHeight - o.size);
}

/** The page legend's swatch (lib/chart/render-svg.ts), drawn at a position. */
const swatch = (entry: LegendEntry, x: number, y: number) =>
  buildSwatch(entry, x, y, "export-hatch")
    .map((n) => serializeSvg(n))
    .join("");

/** Legend entries flowed left to right and wrapped, inside the SVG (an HTML legend would be lost on export). */
function legendBlock(c: Cursor, entries: readonly LegendEntry[], maxWidth: number, measure: MeasureText) {
  if (entries.length === 0) return;
  const size = 14;
  const rowHeight = 22;
  let x = PAD;
  let rowY = c.y;
  const items: string[] = [];
  for (const e of entries) {
    const w = 18 + 6 + measure(e.label, size, 400);
    if (x > PAD && x + w > PAD + maxWidth) {
      x = PAD;
      rowY += rowHeight;
    }
    items.push(
      `<g class="legend-entry">${swatch(e, x, rowY + 3)}<text x="${round(x + 24)}" y="${rowY + 15}" font-size="${size}" fill="${EXPORT_COLORS.text}">${escapeXml(e.label)}</text></g>`,
    );
    x += w + 20;
  }
  c.parts.push(`<g class="legend">${items.join("")}</g>`);
  c.y = rowY + rowHeight + 4;
}

/** Nests a panel's own <svg> at a position, scaled to the figure's inner width. */
function panelBlock(c: Cursor, svg: string, width: number, height: number, innerWidth: number) {
  const h = (height * innerWidth) / width;
  c.parts.push(
    `<svg class="panel" x="${PAD}" y="${round(c.y)}" width="${innerWidth}" height="${round(h)}" viewBox="0 0 ${width} ${height}">${svg}</svg>`,
  );
  c.y += h + 8;
}

/**
 * Composes the exported figure as one standalone SVG: title, subtitle, panels with
 * their legends, notes, a source line naming every source, the licence line, the view
 * URL and the export date, with the provenance record in <metadata>. Pure: the browser
 * supplies fonts and a text measure; tests use the estimate.
 */
export function composeExportSvg(figure: ExportFigure, opts: ComposeOptions): ComposedSvg {
  const width = opts.width ?? FIGURE_WIDTH;
  const inner = width - 2 * PAD;
  const measure = opts.measure ?? estimateTextWidth;
  const c: Cursor = { y: PAD - 4, parts: [] };
  const block = (text: string, size: number, weight: 400 | 700, color: string, lineHeight: number, cls: string) =>
    textBlock(c, text, { size, weight, color, lineHeight, maxWidth: inner, measure, cls });

  block(figure.title, 26, 700, EXPORT_COLORS.text, 32, "title");
  c.y += 4;
  block(figure.subtitle, 16, 400, EXPORT_COLORS.muted, 21, "subtitle");
  c.y += 12;
  for (const panel of figure.panels) {
    if (panel.title) {
      block(panel.title, 17, 700, EXPORT_COLORS.text, 22, "panel-title");
      c.y += 4;
    }
    legendBlock(c, panel.legend, inner, measure);
    panelBlock(c, panel.svg, panel.width, panel.height, inner);
  }
  for (const note of figure.notes) block(note, 13, 400, EXPORT_COLORS.muted, 17, "note");
  c.y += 6;
  c.parts.push(
    `<line x1="${PAD}" x2="${width - PAD}" y1="${round(c.y)}" y2="${round(c.y)}" stroke="${EXPORT_COLORS.rule}"/>`,
  );
  c.y += 8;
  block(buildSourceLine(figure.sources), 13, 400, EXPORT_COLORS.text, 17, "source");
  block(figure.licence, 13, 400, EXPORT_COLORS.muted, 17, "licence");
  const date = opts.record.exportedAt.slice(0, 10);
  block(
    `${figure.viewUrl} · exported ${date} · ${opts.record.product.name} ${opts.record.product.version}`,
    13,
    400,
    EXPORT_COLORS.muted,
    17,
    "view-url",
  );
  const height = Math.ceil(c.y + PAD - 6);

  const metadata = escapeXml(JSON.stringify(opts.record));
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="export-title export-desc" font-family="${escapeXml(EXPORT_FONT_FAMILY)}">`,
    `<title id="export-title">${escapeXml(figure.title)}</title>`,
    `<desc id="export-desc">${escapeXml(figure.subtitle)}</desc>`,
    `<metadata id="export-record" data-type="application/json">${metadata}</metadata>`,
    `<defs><style>${opts.fontCss ?? ""}</style>`,
    `${serializeSvg(legendHatch("export-hatch"))}</defs>`,
    `<rect width="${width}" height="${height}" fill="${EXPORT_COLORS.background}"/>`,
    ...c.parts,
    `</svg>`,
  ].join("\n");
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, width, height };
}

const round = (n: number) => Math.round(n * 10) / 10;
