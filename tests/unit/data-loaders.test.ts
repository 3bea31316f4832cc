import { mkdtemp, readFile, writeFile, copyFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DATASETS } from "@/lib/data/datasets";
import { DataValidationError } from "@/lib/data/data-error";
import { loadDataset } from "@/lib/data/read-data-file";
import { getTradeRows } from "@/lib/data/trade";
import { parseGeo } from "@/lib/data/validate-geo";

const DATA = path.join(process.cwd(), "data");
const HEADER = "year,flow,value,unit,reporter,source_title,source_url_or_repo_path,notes,series";
const GOOD = [
  `2005,japan_to_cambodia,81.8,USD_million,Japan,"IMF DOTS, annual",DOTS_101.xlsx,"exports (FOB)",imf_dots_japan_reported`,
  `2005,cambodia_to_japan,119.2,USD_million,Japan,"IMF DOTS, annual",DOTS_101.xlsx,,imf_dots_japan_reported`,
  `1992,japan_to_cambodia,251.7,USD_million,Cambodia,IMF DOTS,DOTS_34.xlsx,"imports (CIF); flagged 'e' (IMF estimate)",imf_dots_cambodia_reported`,
];

let dir = "";
async function fixture(lines: string[], header = HEADER): Promise<string> {
  dir = await mkdtemp(path.join(os.tmpdir(), "trade-"));
  await writeFile(path.join(dir, "trade_japan_cambodia.csv"), [header, ...lines].join("\n"));
  await writeFile(
    path.join(dir, "trade_additional.csv"),
    [HEADER, GOOD[0]!.replace("imf_dots_japan_reported", "japan_jetro_usd_press")].join("\n"),
  );
  return dir;
}
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("getTradeRows", () => {
  it("reads both trade files into typed rows", async () => {
    const rows = await getTradeRows(await fixture(GOOD));
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatchObject({
      year: 2005,
      flow: "japan_to_cambodia",
      value: 81.8,
      reporter: "Japan",
      sourceTitle: "IMF DOTS, annual",
    });
    expect(rows[2]?.estimate).toBe(true);
    expect(rows[3]?.series).toBe("japan_jetro_usd_press");
  });

  it.each([
    [
      "a value that is not a number",
      0,
      GOOD[0]!.replace("81.8", "81.8x"),
      /row 1 \(line 2\): value: value must be a plain decimal number \(got "81.8x"\)/,
    ],
    [
      "a negative trade value",
      0,
      GOOD[0]!.replace("81.8", "-5"),
      /row 1 \(line 2\): value: trade value cannot be negative/,
    ],
    ["a year out of range", 1, GOOD[1]!.replace("2005", "2105"), /row 2 \(line 3\): year: year after 2030/],
    [
      "an unknown flow",
      1,
      GOOD[1]!.replace("cambodia_to_japan", "japan_to_laos"),
      /row 2 \(line 3\): flow: .*"japan_to_laos"/,
    ],
    [
      "a unit that does not match the series",
      0,
      GOOD[0]!.replace("USD_million", "JPY_billion"),
      /row 1 \(line 2\): unit: series imf_dots_japan_reported is published in USD_million/,
    ],
    [
      "a reporter that does not match the series",
      0,
      GOOD[0]!.replace(",Japan,", ",Cambodia,"),
      /row 1 \(line 2\): reporter/,
    ],
    [
      "a missing source",
      0,
      GOOD[0]!.replace("DOTS_101.xlsx", ""),
      /row 1 \(line 2\): source_url_or_repo_path: source_url_or_repo_path is required/,
    ],
  ] as const)("rejects %s, naming the file, row and reason", async (_label, index, bad, message) => {
    const lines = [...GOOD];
    lines[index] = bad;
    const err = await getTradeRows(await fixture(lines)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataValidationError);
    expect((err as Error).message).toMatch(/trade_japan_cambodia\.csv/);
    expect((err as Error).message).toMatch(message);
  });

  it("rejects a duplicate year of an IMF series", async () => {
    const err = await getTradeRows(await fixture([...GOOD, GOOD[0]!])).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/trade_japan_cambodia\.csv, row 4 \(line 5\): duplicate of row 1/);
  });

  it("rejects a file whose source column was dropped", async () => {
    const header = HEADER.replace(",source_title", "");
    const lines = GOOD.map((l) => l.replace(/,"IMF DOTS, annual"|,IMF DOTS/, ""));
    const err = await getTradeRows(await fixture(lines, header)).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/trade_japan_cambodia\.csv: missing column\(s\) source_title/);
  });
});

describe("the shipped data files", () => {
  it.each(Object.entries(DATASETS))("%s validates", async (name) => {
    const rows = await loadDataset(name as keyof typeof DATASETS, DATA);
    expect(rows.length).toBeGreaterThan(0);
  });

  it("the geo files validate and agree", async () => {
    const [topo, cession] = await Promise.all([
      readFile(path.join(DATA, "cambodia-1941.topo.json"), "utf8"),
      readFile(path.join(DATA, "cession-1941.json"), "utf8"),
    ]);
    expect(parseGeo(topo, cession).cession).toHaveLength(25);
  });

  it("a cession entry for an unknown province is rejected", async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "geo-"));
    await copyFile(path.join(DATA, "cambodia-1941.topo.json"), path.join(dir, "t.json"));
    const topo = await readFile(path.join(dir, "t.json"), "utf8");
    const cession = JSON.parse(await readFile(path.join(DATA, "cession-1941.json"), "utf8")) as {
      province_id: string;
    }[];
    cession[3]!.province_id = "atlantis";
    expect(() => parseGeo(topo, JSON.stringify(cession))).toThrow(
      /cession-1941\.json: at 3\.province_id: unknown province 'atlantis'/,
    );
  });
});
