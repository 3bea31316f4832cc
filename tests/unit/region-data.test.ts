import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { getAidYearlyRows } from "@/lib/data/aid";
import { getRegionAidRows, getRegionTradeRows } from "@/lib/data/region";
import { getTradeRows } from "@/lib/data/trade";

const TRADE_HEADER =
  "year,partner_iso3,partner_name,flow,value,unit,reporter,source_title,source_url_or_repo_path,notes";
const TRADE_GOOD = [
  `2019,KHM,Cambodia,japan_imports_from_partner,1727.39,USD_million,Japan,IMF DOTS,DOTS_101.xlsx,"row 56"`,
  `2019,LAO,Lao People's Dem. Rep.,japan_exports_to_partner,120.5,USD_million,Japan,IMF DOTS,DOTS_101.xlsx,`,
];
const AID_HEADER = "year,recipient_iso3,recipient_name,category,value,unit,source_title,source,notes";
const AID_GOOD = [
  `2003,THA,Thailand,net_bilateral_oda,-1002219970.70313,USD,WDI DC.DAC.JPNL.CD,open-numbers,`,
  `2003,THA,Thailand,net_bilateral_oda_all_dac_donors,-900000000,USD,WDI DC.DAC.TOTL.CD,open-numbers,`,
];

let dir = "";
async function fixture(file: string, lines: string[]): Promise<string> {
  dir = await mkdtemp(path.join(os.tmpdir(), "region-"));
  await writeFile(path.join(dir, file), lines.join("\n"));
  return dir;
}
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = "";
});

describe("region loaders", () => {
  it("read typed rows, negative net aid kept", async () => {
    const trade = await getRegionTradeRows(
      await fixture("trade_japan_mainland_sea.csv", [TRADE_HEADER, ...TRADE_GOOD]),
    );
    expect(trade[0]).toMatchObject({ year: 2019, partner: "KHM", flow: "japan_imports_from_partner", value: 1727.39 });
    const aid = await getRegionAidRows(await fixture("aid_japan_mainland_sea.csv", [AID_HEADER, ...AID_GOOD]));
    expect(aid[0]).toMatchObject({ partner: "THA", category: "net_bilateral_oda", value: -1002219970.70313 });
  });

  it.each([
    [
      "an unknown iso code",
      TRADE_GOOD[0]!.replace("KHM", "KHX"),
      /trade_japan_mainland_sea\.csv, row 1 \(line 2\): partner_iso3/,
    ],
    [
      "a name the workbook does not use",
      TRADE_GOOD[0]!.replace("Cambodia", "Kampuchea"),
      /row 1 \(line 2\): partner_name/,
    ],
    ["an unknown flow", TRADE_GOOD[0]!.replace("japan_imports_from_partner", "imports"), /row 1 \(line 2\): flow/],
    ["another unit", TRADE_GOOD[0]!.replace("USD_million", "JPY_billion"), /row 1 \(line 2\): unit/],
    ["a negative trade value", TRADE_GOOD[0]!.replace("1727.39", "-1"), /row 1 \(line 2\): value/],
    ["a bad year", TRADE_GOOD[0]!.replace("2019", "19x9"), /row 1 \(line 2\): year/],
  ])("reject %s, naming file and row", async (_, line, message) => {
    await expect(
      getRegionTradeRows(await fixture("trade_japan_mainland_sea.csv", [TRADE_HEADER, line])),
    ).rejects.toThrow(message);
  });

  it("rejects a duplicate year and a bad aid unit", async () => {
    await expect(
      getRegionAidRows(await fixture("aid_japan_mainland_sea.csv", [AID_HEADER, AID_GOOD[0]!, AID_GOOD[0]!])),
    ).rejects.toThrow(/aid_japan_mainland_sea\.csv, row 2 \(line 3\): duplicate of row 1/);
    await expect(
      getRegionAidRows(
        await fixture("aid_japan_mainland_sea.csv", [AID_HEADER, AID_GOOD[0]!.replace(",USD,", ",USD_million,")]),
      ),
    ).rejects.toThrow(/row 1 \(line 2\): unit/);
  });

  it("rejects a dropped source column", async () => {
    await expect(
      getRegionTradeRows(await fixture("trade_japan_mainland_sea.csv", [TRADE_HEADER.replace(",notes", ""), "2019"])),
    ).rejects.toThrow(/missing column\(s\) notes/);
  });
});

describe("the real files", () => {
  it("have the row counts of their source notes", async () => {
    expect(await getRegionTradeRows()).toHaveLength(596);
    expect(await getRegionAidRows()).toHaveLength(636);
  });

  it("hold Cambodia rows equal to the bilateral trade file's IMF Japan-reported rows", async () => {
    const flow = { japan_exports_to_partner: "japan_to_cambodia", japan_imports_from_partner: "cambodia_to_japan" };
    const region = (await getRegionTradeRows())
      .filter((r) => r.partner === "KHM")
      .map((r) => `${r.year} ${flow[r.flow]} ${r.value}`)
      .sort();
    const bilateral = (await getTradeRows())
      .filter((r) => r.series === "imf_dots_japan_reported" && r.flow !== "total_bilateral")
      .map((r) => `${r.year} ${r.flow} ${r.value}`)
      .sort();
    expect(region).toHaveLength(120);
    expect(region).toEqual(bilateral);
  });

  it("hold Cambodia rows equal to the yearly aid file's WDI rows", async () => {
    const region = (await getRegionAidRows())
      .filter((r) => r.partner === "KHM")
      .map((r) => `${r.year} ${r.category} ${r.value}`)
      .sort();
    const yearly = (await getAidYearlyRows())
      .filter((r) => r.category === "net_bilateral_oda" || r.category === "net_bilateral_oda_all_dac_donors")
      .map((r) => `${r.year} ${r.category} ${r.value}`)
      .sort();
    expect(region).toHaveLength(124);
    expect(region).toEqual(yearly);
  });
});
