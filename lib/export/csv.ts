import type { ExportCell, ExportRow } from "./figure";

const cell = (value: ExportCell | undefined): string => {
  if (value === null || value === undefined) return "";
  const text = typeof value === "boolean" ? (value ? "true" : "false") : String(value);
  // Quote per RFC 4180; a leading = + - @ is left as is, since values are numbers and citations, not formulas.
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** RFC 4180 CSV with a header row, in the column order given. Missing values are empty cells, never zeros. */
export function buildCsv(columns: readonly string[], rows: readonly ExportRow[]): string {
  const lines = rows.map((r) => columns.map((c) => cell(r[c])).join(","));
  return `${[columns.join(","), ...lines].join("\r\n")}\r\n`;
}
