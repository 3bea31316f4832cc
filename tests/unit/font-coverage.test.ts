import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { csvParse } from "d3-dsv";
import * as fontkit from "fontkit";
import { describe, expect, test } from "vitest";
import { JAPANESE_FONT_FILES, JAPANESE_I18N_FONT_FILES } from "@/lib/fonts/japanese-font-files";

/**
 * The shipped faces cover every character of their script that the product writes: the Khmer,
 * Thai and Japanese in data/ (names, titles, notes) and in the code (labels, the names setting),
 * read from each font file's own character map. A new character in the data fails here until the
 * Japanese subset is regenerated (`node scripts/build-fonts.mjs`) or a face is added. The same holds
 * for the translations in i18n/ (their Japanese has its own subset files beside the site's).
 */
const ROOT = process.cwd();
const FONTS = path.join(ROOT, "public/fonts");

function textFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return p.includes(`${path.sep}lib${path.sep}fonts`) ? [] : textFiles(p);
    return /\.(csv|json|md|ts|tsx|css)$/.test(name) ? [p] : [];
  });
}

const written = new Set<string>();
for (const dir of ["data", "lib", "components", "views", "app"])
  for (const file of textFiles(path.join(ROOT, dir))) for (const ch of readFileSync(file, "utf8")) written.add(ch);

/** The Japanese and Khmer text of the translations: the glossary's ja and km, the events' titles and summaries. */
const translated = new Set<string>();
for (const [file, columns] of [
  ["glossary.csv", ["ja", "km"]],
  ["events.ja.csv", ["title", "summary"]],
  ["events.km.csv", ["title", "summary"]],
] as const)
  for (const row of csvParse(readFileSync(path.join(ROOT, "i18n", file), "utf8")))
    for (const c of columns) for (const ch of row[c] ?? "") translated.add(ch);

function characterMap(file: string): Set<number> {
  const font = fontkit.openSync(path.join(FONTS, file));
  if (!("characterSet" in font)) throw new Error(`${file} is a font collection, not one face`);
  return new Set(font.characterSet);
}

const uncovered = (test: RegExp, cmap: Set<number>, chars: Set<string> = written) =>
  [...chars].filter((ch) => test.test(ch) && !cmap.has(ch.codePointAt(0)!));
const KHMER = /[\u1780-\u17FF\u19E0-\u19FF]/u;
const JAPANESE = /[\u2015\u3000-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/u;

/** The union of the character maps of Japanese subset files, after checking each holds what its unicode-range promises. */
function japaneseUnion(files: readonly { url: string; chars: string }[]): Set<number> {
  const union = new Set<number>();
  for (const f of files) {
    const cmap = characterMap(path.basename(f.url));
    for (const cp of cmap) union.add(cp);
    expect(
      [...f.chars].filter((ch) => !cmap.has(ch.codePointAt(0)!)),
      f.url,
    ).toEqual([]);
  }
  return union;
}
const bytesOf = (files: readonly { url: string }[]) =>
  files.reduce((s, f) => s + statSync(path.join(FONTS, path.basename(f.url))).size, 0);

describe("the shipped fonts cover every character the product writes", () => {
  test("Khmer: every Khmer character is in Noto Sans Khmer", () => {
    expect([...written].filter((ch) => KHMER.test(ch)).length).toBeGreaterThan(20);
    expect(uncovered(KHMER, characterMap("noto-sans-khmer-khmer-400-normal.woff2"))).toEqual([]);
  });

  test("Thai: every Thai character (the 1941 names, the names setting's label) is in Noto Sans Thai", () => {
    const thai = /[\u0E00-\u0E7F]/u;
    expect([...written].filter((ch) => thai.test(ch)).length).toBeGreaterThan(10);
    expect(uncovered(thai, characterMap("noto-sans-thai-thai-400-normal.woff2"))).toEqual([]);
  });

  test("Japanese: every character of the source titles is in the Noto Sans JP subset, in the file that says so", () => {
    const union = japaneseUnion(JAPANESE_FONT_FILES);
    expect([...written].filter((ch) => JAPANESE.test(ch)).length).toBeGreaterThan(50);
    expect(uncovered(JAPANESE, union)).toEqual([]);
    // The subset is what it claims: a few kilobytes, not the whole face.
    const bytes = bytesOf(JAPANESE_FONT_FILES);
    expect(bytes).toBeLessThan(100_000);
  });

  test("translations: every Japanese and Khmer character of i18n/ is in its script's face, the rest in Source Sans 3", () => {
    const japanese = new Set([...japaneseUnion(JAPANESE_FONT_FILES), ...japaneseUnion(JAPANESE_I18N_FONT_FILES)]);
    expect([...translated].filter((ch) => JAPANESE.test(ch)).length).toBeGreaterThan(300);
    expect([...translated].filter((ch) => KHMER.test(ch)).length).toBeGreaterThan(50);
    expect(uncovered(JAPANESE, japanese, translated)).toEqual([]);
    expect(uncovered(KHMER, characterMap("noto-sans-khmer-khmer-400-normal.woff2"), translated)).toEqual([]);
    const other =
      /[^\u1780-\u17FF\u19E0-\u19FF\u2015\u3000-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/u;
    expect(uncovered(other, characterMap("source-sans-3-latin-400-normal.woff2"), translated)).toEqual([]);
    // The translations' own files hold only what the site's lack, and stay a subset (~420 characters).
    const site = new Set(JAPANESE_FONT_FILES.flatMap((f) => [...f.chars]));
    expect(JAPANESE_I18N_FONT_FILES.flatMap((f) => [...f.chars]).filter((ch) => site.has(ch))).toEqual([]);
    expect(bytesOf(JAPANESE_I18N_FONT_FILES)).toBeLessThan(120_000);
  });
});
