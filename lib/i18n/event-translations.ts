import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { assertUnique, parseCsv } from "@/lib/data/csv";
import type { Locale } from "./locales";
import { translatedText } from "./text-schema";

/**
 * Translations of the timeline's events (i18n/events.<locale>.csv): one row per event id of
 * data/events.csv (the id lib/transform/timeline.ts derives from date and English title), with
 * the title and the summary (the `description` column of data/events.csv) in that language.
 */
export const EVENT_TRANSLATION_COLUMNS = ["id", "title", "summary"] as const;
export type TranslatedLocale = Exclude<Locale, "en">;

const eventTranslationSchema = z.object({
  id: z
    .string()
    .trim()
    .regex(/^\d{4}(-\d{2}){0,2}-[a-z0-9-]+$/, "id must be an event id of data/events.csv"),
  title: translatedText("title"),
  summary: translatedText("summary"),
});

export type EventTranslation = z.output<typeof eventTranslationSchema>;

export const eventTranslationFile = (locale: TranslatedLocale) => `i18n/events.${locale}.csv`;

/** Parses and validates one translation file's text. Pure. */
export function parseEventTranslations(text: string, file: string): EventTranslation[] {
  const rows = parseCsv(text, file, eventTranslationSchema, EVENT_TRANSLATION_COLUMNS);
  assertUnique(rows, file, (r) => r.id);
  return rows;
}

/** One language's event translations, keyed by event id. */
export async function getEventTranslations(locale: TranslatedLocale): Promise<Map<string, EventTranslation>> {
  const file = eventTranslationFile(locale);
  const text = await readFile(path.join(process.cwd(), "i18n", `events.${locale}.csv`), "utf8");
  return new Map(parseEventTranslations(text, file).map((r) => [r.id, r]));
}
