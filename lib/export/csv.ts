import { csvFormatRow } from "d3-dsv";
import type { ExportCell, ExportRow } from "./figure";

// Numbers as JavaScript prints them: the stored value, never rounded. A missing value is an
// empty cell, never a zero; d3-dsv quotes per RFC 4180 (a leading = + - @ is left as is, since
// the values are numbers and citations, not formulas).
const cell = (value: ExportCell | undefined): string => (value === null || value === undefined ? "" : String(value));

/**
 * The one CSV writer, for the export menu and the API: a header row, then the rows in the column
 * order given. Lines end in CRLF (RFC 4180); the trade and aid API files keep the LF they have
 * always had (`lineEnd: "\n"`), since readers of the API split them on it.
 */
export function buildCsv(columns: readonly string[], rows: readonly ExportRow[], lineEnd: "\r\n" | "\n" = "\r\n") {
  const lines = [columns, ...rows.map((r) => columns.map((c) => cell(r[c])))];
  return lines.map((line) => csvFormatRow(line) + lineEnd).join("");
}
