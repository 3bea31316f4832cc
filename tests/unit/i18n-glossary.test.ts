import { readFile } from "node:fs/promises";
import path from "node:path";
import { csvParse } from "d3-dsv";
import { describe, expect, it } from "vitest";
import { DataValidationError } from "@/lib/data/data-error";
import { buildTerm, getGlossary, parseGlossary } from "@/lib/i18n/glossary";
import { LOCALES, LOCALE_INFO } from "@/lib/i18n/locales";
import { SITE } from "@/lib/site";
import { NAV } from "@/views/registry";
import { ERA_IDS, ERAS } from "@/lib/transform/timeline";

const ROOT = process.cwd();
const provinces = async () =>
  csvParse(await readFile(path.join(ROOT, "data/khm-adm1-props.csv"), "utf8")).map((r) => ({
    id: r.id!,
    name: r.name!,
    nameKm: r.name_km!,
  }));

describe("i18n/glossary.csv", () => {
  it("is complete: every row has en, ja and km, and every key is unique", async () => {
    const { rows } = await getGlossary();
    expect(rows.length).toBeGreaterThan(60);
    for (const r of rows) for (const l of LOCALES) expect(r[l].trim(), `${r.key} ${l}`).not.toBe("");
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });

  it("names every province of data/khm-adm1-props.csv, in Khmer exactly as its name_km", async () => {
    const { rows, term } = await getGlossary();
    for (const p of await provinces()) {
      expect(
        rows.some((r) => r.key === `province.${p.id}`),
        p.id,
      ).toBe(true);
      expect(term(`province.${p.id}`, "en")).toBe(p.name);
      expect(term(`province.${p.id}`, "km")).toBe(p.nameKm);
      // Japanese province names end in 州 (都 for the capital), as MOFA writes them.
      expect(term(`province.${p.id}`, "ja")).toMatch(/^[\u30A0-\u30FF]+[州都]$/u);
    }
  });

  it("names every timeline era, in English as the timeline labels it", async () => {
    const { term } = await getGlossary();
    for (const id of ERA_IDS) expect(term(`era.${id}`, "en")).toBe(ERAS.find((e) => e.id === id)!.label);
  });

  it("names the site and every section as lib/site.ts and the registry of views do in English", async () => {
    const { term } = await getGlossary();
    expect(term("site.name", "en")).toBe(SITE.name);
    for (const item of NAV) expect(term(`section.${item.label.toLowerCase()}`, "en")).toBe(item.label);
  });

  it("names the 1941 provinces of data/province-names-1941.csv and the countries the site names", async () => {
    const { rows } = await getGlossary();
    const keys = new Set(rows.map((r) => r.key));
    const thai = csvParse(await readFile(path.join(ROOT, "data/province-names-1941.csv"), "utf8"));
    for (const r of thai) {
      const key = `province-1941.${r.romanisation!.toLowerCase().replace(/\s+/g, "-")}`;
      expect(keys.has(key), key).toBe(true);
    }
    for (const c of ["japan", "cambodia", "thailand", "laos", "myanmar", "vietnam", "france", "french-indochina"])
      expect(keys.has(`country.${c}`), c).toBe(true);
  });

  it("term() looks a key up per language and names an unknown key", async () => {
    const { term } = await getGlossary();
    expect(term("province.battambang", "ja")).toBe("バッタンバン州");
    expect(term("term.million-usd", "km")).toBe("លានដុល្លារអាមេរិក");
    expect(() => term("province.atlantis", "en")).toThrow(/glossary\.csv.*'province\.atlantis'/);
  });

  it("the locales carry their lang tags and native names", () => {
    expect(LOCALES).toEqual(["en", "ja", "km"]);
    expect(Object.values(LOCALE_INFO).map((l) => [l.lang, l.nativeName])).toEqual([
      ["en", "English"],
      ["ja", "日本語"],
      ["km", "ខ្មែរ"],
    ]);
  });
});

describe("a bad glossary row fails with the file and the row named", () => {
  const header = "key,en,ja,km,note";
  const good = "country.japan,Japan,日本,ជប៉ុន,";
  const fails = (text: string, pattern: RegExp) => {
    expect(() => parseGlossary(text)).toThrow(DataValidationError);
    expect(() => parseGlossary(text)).toThrow(pattern);
  };

  it("an empty translation", () =>
    fails(`${header}\n${good}\ncountry.laos,Laos,,ឡាវ,`, /i18n\/glossary\.csv, row 2 \(line 3\): ja: ja is required/));
  it("a duplicate key", () => fails(`${header}\n${good}\n${good}`, /row 2 .*duplicate of row 1/));
  it("a key that is not kind.name", () => fails(`${header}\nJapan,Japan,日本,ជប៉ុន,`, /row 1 .*key must be/));
  it("Khmer or full-width digits", () =>
    fails(`${header}\nterm.year,1941,１９４１,១៩៤១,`, /row 1 .*ja must write numbers in Latin digits/));
  it("a missing column", () => fails(`key,en,ja,note\n${good}`, /missing column\(s\) km/));
  it("buildTerm over parsed rows is pure", () =>
    expect(buildTerm(parseGlossary(`${header}\n${good}`))("country.japan", "km")).toBe("ជប៉ុន"));
});
