import packageJson from "@/package.json";
import { SITE } from "@/lib/site";
import { type ThemeName, repaintSvg } from "@/lib/chart/palette";
import { composeExportSvg } from "../compose-svg";
import { buildCsv } from "../csv";
import type { ExportFigure, ExportFormat } from "../figure";
import { buildExportFileName } from "../file-name";
import { buildExportJson, buildExportRecord, buildPngTextEntries } from "../metadata";
import { insertPngTextChunks } from "../png-chunks";
import { type FontProbe, loadExportFonts, scriptFonts } from "./fonts";
import { rasterizeSvg } from "./rasterize";
import { saveFile } from "./save-file";

export { ExportError } from "./rasterize";

/** Marks each stage on the page's performance timeline (read by scripts/bench-export.mjs). */
const mark = (stage: string) => performance.mark(`export:${stage}`);

/** Starts the slow, shareable work (font files, their encoding) before the first click. */
export function prepareExport(): void {
  void loadExportFonts().catch(() => {
    // Reported on the actual export, which retries.
  });
}

function recordOf(figure: ExportFigure) {
  return buildExportRecord(figure, {
    exportedAt: new Date().toISOString(),
    product: { name: SITE.name, version: packageJson.version },
  });
}

/** The composed figure as SVG markup, with its fonts embedded, in the chosen theme, and the faces it uses. */
async function composeImage(figure: ExportFigure, record: ReturnType<typeof recordOf>, theme: ThemeName) {
  const panelMarkup = figure.panels.map((p) => p.svg).join("");
  const fonts = await loadExportFonts();
  const latin = composeExportSvg(figure, { record, fontCss: fonts.cssFor(panelMarkup), measure: fonts.measure });
  // The scripts are read from the whole composed figure (legend, notes and source titles too), and
  // their faces join the Latin ones in the figure's <style>.
  const scripts = await scriptFonts(latin.svg);
  mark("fonts");
  const light = scripts.css
    ? { ...latin, svg: latin.svg.replace("<defs><style>", `<defs><style>${scripts.css}`) }
    : latin;
  // The figure is composed in the light design and, for a dark file, repainted with the dark values.
  const composed = { ...light, svg: repaintSvg(light.svg, theme) };
  const probes: FontProbe[] = [...fonts.probesFor(panelMarkup), ...scripts.probes];
  mark("composed");
  return { ...composed, probes };
}

async function encodePng(
  composed: { svg: string; width: number; height: number; probes: FontProbe[] },
  record: ReturnType<typeof recordOf>,
  density: number,
): Promise<Blob> {
  const png = await rasterizeSvg(composed.svg, composed.width, composed.height, density, composed.probes);
  mark("encoded");
  const bytes = insertPngTextChunks(new Uint8Array(await png.arrayBuffer()), buildPngTextEntries(record));
  return new Blob([bytes as BlobPart], { type: "image/png" });
}

/** The figure's PNG, as the PNG download would hold it (for the share menu's copy to the clipboard). */
export async function buildExportPng(
  figure: ExportFigure,
  { density = 2, theme = "light" }: { density?: number; theme?: ThemeName } = {},
): Promise<Blob> {
  const record = recordOf(figure);
  return encodePng(await composeImage(figure, record, theme), record, density);
}

/**
 * Builds the requested file for a figure and starts its download; returns the file name. Loaded on demand.
 * Images are light unless the reader picks dark: a file outlives the page and the reader's theme.
 */
export async function runExport(
  figure: ExportFigure,
  format: ExportFormat,
  { density = 2, theme = "light" }: { density?: number; theme?: ThemeName } = {},
): Promise<string> {
  const record = recordOf(figure);
  const image = format === "png" || format === "svg";
  const fileName = buildExportFileName(
    image && theme === "dark" ? [...figure.fileParts, "dark"] : figure.fileParts,
    format,
  );
  if (format === "csv") {
    // A BOM so spreadsheet programs read the UTF-8 (en dashes, arrows, Japanese titles) correctly.
    saveFile(new Blob(["\ufeff", buildCsv(figure.columns, figure.rows)], { type: "text/csv;charset=utf-8" }), fileName);
    return fileName;
  }
  if (format === "json") {
    saveFile(new Blob([buildExportJson(record, figure.columns, figure.rows)], { type: "application/json" }), fileName);
    return fileName;
  }
  const composed = await composeImage(figure, record, theme);
  if (format === "svg") {
    saveFile(new Blob([composed.svg], { type: "image/svg+xml;charset=utf-8" }), fileName);
    return fileName;
  }
  saveFile(await encodePng(composed, record, density), fileName);
  mark("saved");
  return fileName;
}
