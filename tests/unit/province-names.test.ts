import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DataValidationError } from "@/lib/data/data-error";
import { getProvinceNames } from "@/lib/data/province-names";
import { buildProvinceNames, resolveProvinceName } from "@/lib/map/names";
import { mapHref, parseMapParams } from "@/views/map/params";
import { DEFAULT_MAP_PARAMS } from "@/lib/map/settings";

const HEADER = "province_id,script,name,romanisation,thai_province_1941,source_title,source";
const GOOD = [
  "battambang,th,พระตะบอง,Phra Tabong,Phra Tabong,Wikipedia: Phra Tabong province,https://en.wikipedia.org/wiki/Phra_Tabong_province",
  "siem-reap,th,พิบูลสงคราม,Phibunsongkhram,Phibunsongkhram,Wikipedia: Phibunsongkhram province,https://en.wikipedia.org/wiki/Phibunsongkhram_Province",
];
const PROVINCES = [
  { id: "battambang", name: "Battambang", nameKm: "បាត់ដំបង" },
  { id: "siem-reap", name: "Siem Reap", nameKm: "សៀមរាប" },
  { id: "kandal", name: "Kandal", nameKm: "កណ្ដាល" },
];

let dir = "";
async function fixture(lines: string[]): Promise<string> {
  dir = await mkdtemp(path.join(os.tmpdir(), "names-"));
  await writeFile(path.join(dir, "province-names-1941.csv"), [HEADER, ...lines].join("\n"));
  return dir;
}
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = "";
});

describe("getProvinceNames", () => {
  it("reads a well-formed file into typed rows", async () => {
    const rows = await getProvinceNames(await fixture(GOOD));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      provinceId: "battambang",
      script: "th",
      name: "พระตะบอง",
      romanisation: "Phra Tabong",
    });
  });

  it("rejects a row without a source URL, naming the file and the row", async () => {
    const bad = GOOD[1]!.replace("https://en.wikipedia.org/wiki/Phibunsongkhram_Province", "wikipedia");
    const err = await getProvinceNames(await fixture([GOOD[0]!, bad])).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataValidationError);
    expect((err as DataValidationError).file).toBe("province-names-1941.csv");
    expect((err as DataValidationError).row).toBe(2);
    expect((err as Error).message).toContain("province-names-1941.csv, row 2 (line 3)");
    expect((err as Error).message).toMatch(/source must be a URL/);
  });

  it("rejects a Thai name not written in Thai script", async () => {
    const bad = GOOD[0]!.replace("พระตะบอง", "Phra Tabong");
    const err = await getProvinceNames(await fixture([bad])).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataValidationError);
    expect(String((err as Error).message)).toMatch(/Thai script/);
  });

  it("every row of the shipped file names a province of the boundaries file and has a source", async () => {
    const rows = await getProvinceNames(path.join(process.cwd(), "data"));
    const props = await readFile(path.join(process.cwd(), "data", "khm-adm1-props.csv"), "utf8");
    const ids = new Set(
      props
        .trim()
        .split("\n")
        .slice(1)
        .map((l) => l.split(",")[1]),
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(ids.has(r.provinceId)).toBe(true);
      expect(r.source).toMatch(/^https:\/\//);
    }
  });
});

describe("resolveProvinceName", () => {
  const thai = new Map(
    GOOD.map((l) => l.split(",")).map(([id, , name, roman, , title, url]) => [
      id!,
      { name: name!, romanisation: roman!, sourceTitle: title!, source: url! },
    ]),
  );

  it("gives the Khmer name from the boundaries file for km", () => {
    expect(resolveProvinceName(PROVINCES[0]!, "km", thai)).toMatchObject({
      text: "បាត់ដំបង",
      lang: "km",
      fallback: false,
    });
  });

  it("gives the sourced Thai name with its romanisation and source for th", () => {
    const n = resolveProvinceName(PROVINCES[0]!, "th", thai);
    expect(n).toMatchObject({ text: "พระตะบอง", lang: "th", romanisation: "Phra Tabong", fallback: false });
    expect(n.source?.url).toBe("https://en.wikipedia.org/wiki/Phra_Tabong_province");
  });

  it("falls back to the English name, marked, when no Thai name is sourced", () => {
    expect(resolveProvinceName(PROVINCES[2]!, "th", thai)).toEqual({
      text: "Kandal",
      lang: "en",
      romanisation: null,
      source: null,
      fallback: true,
    });
  });

  it("builds a name for every province, ignoring rows of other scripts", () => {
    const rows = [
      {
        provinceId: "kandal",
        script: "ja",
        name: "カンダール",
        romanisation: "Kandal",
        sourceTitle: "t",
        source: "https://x",
      },
    ];
    const names = buildProvinceNames(PROVINCES, "th", rows);
    expect(Object.keys(names)).toEqual(["battambang", "siem-reap", "kandal"]);
    expect(names.kandal).toMatchObject({ text: "Kandal", fallback: true });
  });
});

describe("the names URL setting", () => {
  const ids = PROVINCES.map((p) => p.id);

  it("reads names=km and keeps it in every map link", () => {
    const { params, issues } = parseMapParams({ names: "km" }, ids);
    expect(issues).toEqual([]);
    expect(params.names).toBe("km");
    expect(mapHref(params, { province: "battambang" })).toBe("/map?province=battambang&names=km");
  });

  it("leaves English out of links (the default)", () => {
    const { params } = parseMapParams({ names: "en" }, ids);
    expect(mapHref(params)).toBe("/map");
    expect(mapHref(DEFAULT_MAP_PARAMS, { names: "th" })).toBe("/map?names=th");
  });

  it("an invalid value falls back to English with a notice naming names", () => {
    const { params, issues } = parseMapParams({ names: "fr" }, ids);
    expect(params.names).toBeUndefined();
    expect(issues).toHaveLength(1);
    expect(issues[0]!.param).toBe("names");
    expect(issues[0]!.message).toContain("fr");
  });
});
