import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import * as fontkit from "fontkit";
import { describe, expect, test } from "vitest";
import { JAPANESE_FONT_FILES } from "@/lib/fonts/japanese-font-files";

/**
 * The shipped faces cover every character of their script that the product writes: the Khmer,
 * Thai and Japanese in data/ (names, titles, notes) and in the code (labels, the names setting),
 * read from each font file's own character map. A new character in the data fails here until the
 * Japanese subset is regenerated (`node scripts/build-fonts.mjs`) or a face is added.
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

function characterMap(file: string): Set<number> {
  const font = fontkit.openSync(path.join(FONTS, file));
  if (!("characterSet" in font)) throw new Error(`${file} is a font collection, not one face`);
  return new Set(font.characterSet);
}

const uncovered = (test: RegExp, cmap: Set<number>) =>
  [...written].filter((ch) => test.test(ch) && !cmap.has(ch.codePointAt(0)!));

describe("the shipped fonts cover every character the product writes", () => {
  test("Khmer: every Khmer character is in Noto Sans Khmer", () => {
    const khmer = /[\u1780-\u17FF\u19E0-\u19FF]/u;
    expect([...written].filter((ch) => khmer.test(ch)).length).toBeGreaterThan(20);
    expect(uncovered(khmer, characterMap("noto-sans-khmer-khmer-400-normal.woff2"))).toEqual([]);
  });

  test("Thai: every Thai character (the 1941 names, the names setting's label) is in Noto Sans Thai", () => {
    const thai = /[\u0E00-\u0E7F]/u;
    expect([...written].filter((ch) => thai.test(ch)).length).toBeGreaterThan(10);
    expect(uncovered(thai, characterMap("noto-sans-thai-thai-400-normal.woff2"))).toEqual([]);
  });

  test("Japanese: every character of the source titles is in the Noto Sans JP subset, in the file that says so", () => {
    const japanese = /[\u2015\u3000-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/u;
    const union = new Set<number>();
    for (const f of JAPANESE_FONT_FILES) {
      const cmap = characterMap(path.basename(f.url));
      for (const cp of cmap) union.add(cp);
      // Each file holds the characters its unicode-range promises (app/fonts-japanese.css).
      expect(
        [...f.chars].filter((ch) => !cmap.has(ch.codePointAt(0)!)),
        f.url,
      ).toEqual([]);
    }
    expect([...written].filter((ch) => japanese.test(ch)).length).toBeGreaterThan(50);
    expect(uncovered(japanese, union)).toEqual([]);
    // The subset is what it claims: a few kilobytes, not the whole face.
    const bytes = JAPANESE_FONT_FILES.reduce((s, f) => s + statSync(path.join(FONTS, path.basename(f.url))).size, 0);
    expect(bytes).toBeLessThan(100_000);
  });
});
