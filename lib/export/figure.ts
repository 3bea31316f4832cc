/**
 * What a figure hands to the export pipeline. Each figure (trade chart, map, aid
 * chart…) has one adapter that returns this plain description; everything after it
 * (composition, fonts, rasterising, provenance, file names) is shared.
 */

export type { LegendEntry } from "@/lib/chart/legend";
import type { LegendEntry } from "@/lib/chart/legend";

export type ExportSource = {
  /** Short name shown in the figure's source line. */
  name: string;
  /** Full title of the document or dataset. */
  title: string;
  /** Where to find it: an http(s) URL. */
  url: string;
  /** Sources sharing a group (e.g. "Cambodian customs (GDCE), press reports") are listed together under it. */
  group?: string;
};

/** One chart of the figure: a complete standalone <svg> string with literal colours. */
export type ExportPanel = {
  /** Heading above the panel when a figure has several (the mirror view). */
  title?: string;
  legend: LegendEntry[];
  /** A full `<svg …>` element with width/height or viewBox; nested into the composed figure. */
  svg: string;
  width: number;
  height: number;
};

export type ExportCell = string | number | boolean | null;
export type ExportRow = Record<string, ExportCell>;

export type ExportFigure = {
  title: string;
  /** Describes the current view: range, reporter, phase, account… */
  subtitle: string;
  panels: ExportPanel[];
  /** Extra lines under the chart (e.g. "Hatched bars: IMF estimates"). */
  notes: string[];
  sources: ExportSource[];
  /** Licence and attribution line; for the map it must carry the ODbL attribution. */
  licence: string;
  /** Absolute URL that reopens this exact view. */
  viewUrl: string;
  /** Parts of the file name, e.g. ["cambodia-japan-trade", "japan-reported", "1994-2020"]. */
  fileParts: string[];
  /** The data of the current view, with source columns, for CSV and JSON. */
  columns: string[];
  rows: ExportRow[];
};

export type ExportFormat = "png" | "svg" | "csv" | "json";
