/**
 * Runs before `next build`: validates every data file, and the translations in i18n/, against its
 * schema and exits non-zero with the file, row and reason of the first problem in each file.
 * Usage: tsx --conditions=react-server scripts/validate-data.ts [data-dir] (lib/data is server-only)
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { DATASETS } from "../lib/data/datasets";
import { validateGeoFiles } from "../lib/data/validate-geo";
import { eventTranslationFile, parseEventTranslations } from "../lib/i18n/event-translations";
import { GLOSSARY_FILE, parseGlossary } from "../lib/i18n/glossary";

/** The translation files, each with its parser (paths relative to the project, where the build runs). */
const I18N_FILES: [string, (text: string, file: string) => unknown[]][] = [
  [GLOSSARY_FILE, parseGlossary],
  [eventTranslationFile("ja"), parseEventTranslations],
  [eventTranslationFile("km"), parseEventTranslations],
];

async function main(): Promise<void> {
  const dir = path.resolve(process.argv[2] ?? path.join(process.cwd(), "data"));
  const problems: string[] = [];
  for (const spec of Object.values(DATASETS)) {
    try {
      const rows = spec.parse(await readFile(path.join(dir, spec.file), "utf8"));
      console.log(`ok  ${spec.file} (${rows.length} rows)`);
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
    }
  }
  try {
    const summary = await validateGeoFiles(dir);
    console.log(`ok  ${summary}`);
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  }
  for (const [file, parse] of I18N_FILES) {
    try {
      const rows = parse(await readFile(path.join(process.cwd(), file), "utf8"), file);
      console.log(`ok  ${file} (${rows.length} rows)`);
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
    }
  }
  if (problems.length > 0) {
    console.error(`\nData validation failed:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    process.exit(1);
  }
}

void main();
