import "server-only";
import { csvParse } from "d3-dsv";
import type { z } from "zod";
import { DataValidationError } from "./data-error";

/**
 * Parses CSV text and validates every row against a zod schema. Pure (no I/O) so the
 * same code validates data at build time, in the loaders and in unit tests.
 *
 * The header must list exactly the schema's columns: a renamed or dropped source
 * column is an error, not a silently empty field.
 */
export function parseCsv<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
  columns: readonly string[],
): z.output<S>[] {
  const raw = csvParse(text);
  const header = raw.columns;
  const missing = columns.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw new DataValidationError(file, null, `missing column(s) ${missing.join(", ")}`);
  }
  const extra = header.filter((c) => !columns.includes(c));
  if (extra.length > 0) {
    throw new DataValidationError(file, null, `unexpected column(s) ${extra.join(", ")}`);
  }
  if (raw.length === 0) throw new DataValidationError(file, null, "no data rows");

  return raw.map((row, i) => {
    const result = schema.safeParse(row);
    if (!result.success) {
      const issue = result.error.issues[0];
      const field = issue?.path.join(".") || "row";
      const value =
        issue && issue.path.length > 0 ? (row as Record<string, unknown>)[String(issue.path[0])] : undefined;
      const shown = value === undefined ? "" : ` (got ${JSON.stringify(value)})`;
      throw new DataValidationError(file, i + 1, `${field}: ${issue?.message ?? "invalid"}${shown}`);
    }
    return result.data;
  });
}

/** Fails when two rows share the same key (e.g. the same series, flow and year). */
export function assertUnique<T>(rows: readonly T[], file: string, key: (row: T) => string | null): void {
  const seen = new Map<string, number>();
  rows.forEach((row, i) => {
    const k = key(row);
    if (k === null) return;
    const first = seen.get(k);
    if (first !== undefined) {
      throw new DataValidationError(file, i + 1, `duplicate of row ${first} (${k})`);
    }
    seen.set(k, i + 1);
  });
}
