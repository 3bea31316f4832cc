import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { assertUnique, parseCsv } from "@/lib/data/csv";
import { DataValidationError } from "@/lib/data/data-error";
import type { Locale } from "./locales";
import { translatedText } from "./text-schema";

/**
 * The glossary (i18n/glossary.csv): every name and term the product writes in more than one
 * language, once. Validated like the files in data/: a bad row stops the build with the file,
 * the row and the reason.
 */
export const GLOSSARY_FILE = "i18n/glossary.csv";
export const GLOSSARY_COLUMNS = ["key", "en", "ja", "km", "note"] as const;

/** "province.battambang", "term.net-oda": a kind, a dot, then kebab-case words. */
const KEY = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;

const glossaryRowSchema = z.object({
  key: z.string().trim().regex(KEY, "key must be 'kind.kebab-case-name'"),
  en: translatedText("en"),
  ja: translatedText("ja"),
  km: translatedText("km"),
  note: z.string().trim().default(""),
});

export type GlossaryRow = z.output<typeof glossaryRowSchema>;
export type Term = (key: string, locale: Locale) => string;

/** Parses and validates the glossary's text. Pure, so tests can feed it broken rows. */
export function parseGlossary(text: string, file: string = GLOSSARY_FILE): GlossaryRow[] {
  const rows = parseCsv(text, file, glossaryRowSchema, GLOSSARY_COLUMNS);
  assertUnique(rows, file, (r) => r.key);
  return rows;
}

/**
 * A lookup over validated rows: `term("province.battambang", "ja")` → "バッタンバン州". Pure;
 * an unknown key is a programming error and throws with the key named, rather than printing
 * the key or an empty string to a reader.
 */
export function buildTerm(rows: readonly GlossaryRow[], file: string = GLOSSARY_FILE): Term {
  const byKey = new Map(rows.map((r) => [r.key, r]));
  return (key, locale) => {
    const row = byKey.get(key);
    if (!row) throw new DataValidationError(file, null, `no glossary entry '${key}'`);
    return row[locale];
  };
}

export type Glossary = { rows: readonly GlossaryRow[]; term: Term };

// Read once per server process: the file only changes with a deploy.
let cached: Promise<Glossary> | null = null;

/** The validated glossary and its lookup. `file` is for tests; the default is cached. */
export function getGlossary(file?: string): Promise<Glossary> {
  if (!file && cached) return cached;
  const target = file ?? path.join(process.cwd(), "i18n", "glossary.csv");
  const promise = readFile(target, "utf8").then((text) => {
    const rows = parseGlossary(text, file ?? GLOSSARY_FILE);
    return { rows, term: buildTerm(rows, file ?? GLOSSARY_FILE) };
  });
  if (!file) {
    cached = promise;
    promise.catch(() => (cached = null));
  }
  return promise;
}
