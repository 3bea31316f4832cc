import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getCessionMap } from "@/lib/data/geo";
import { DATASETS } from "@/lib/data/datasets";
import { parseMapAccounts } from "@/lib/data/validate-geo";

const DATA = path.join(process.cwd(), "data");
const read = (f: string) => readFileSync(path.join(DATA, f), "utf8");
const accountsText = read("map-accounts.json");
const claimsText = read("article-claims.csv");
const topo = JSON.parse(read("cambodia-1941.topo.json")) as {
  objects: { provinces: { geometries: { properties: { id: string } }[] } };
};
const ids = topo.objects.provinces.geometries.map((g) => g.properties.id);

describe("map account texts (data/map-accounts.json)", () => {
  it("credits the one-third claim with the source article-claims.csv gives it", () => {
    const accounts = parseMapAccounts(accountsText, ids, claimsText);
    const row = DATASETS.claims.parse(claimsText).find((r) => r.id === accounts.encyclopedia.claim.claimId);
    expect(row).toBeDefined();
    expect(accounts.claimSource).toEqual({ title: row!.sourceTitle, url: row!.source });
    expect(accounts.claimSource.title).toMatch(/Japanese occupation of Cambodia/);
  });

  it("rejects a reading of an unknown province, naming the file and the entry", () => {
    const bad = JSON.parse(accountsText) as { encyclopedia: { readings: { province_id: string }[] } };
    bad.encyclopedia.readings[0]!.province_id = "atlantis";
    expect(() => parseMapAccounts(JSON.stringify(bad), ids, claimsText)).toThrow(
      /map-accounts\.json.*readings\.0\.province_id.*atlantis/,
    );
  });

  it("rejects a claim id that article-claims.csv does not have", () => {
    const bad = JSON.parse(accountsText) as { encyclopedia: { claim: { claim_id: string } } };
    bad.encyclopedia.claim.claim_id = "no-such-claim";
    expect(() => parseMapAccounts(JSON.stringify(bad), ids, claimsText)).toThrow(/no row 'no-such-claim'/);
  });

  it("rejects a source without a URL", () => {
    const bad = JSON.parse(accountsText) as { february_proposal: { source: { url: string } } };
    bad.february_proposal.source.url = "FRUS";
    expect(() => parseMapAccounts(JSON.stringify(bad), ids, claimsText)).toThrow(/map-accounts\.json/);
  });
});

describe("ceded share on two bases", () => {
  it("divides the same ceded area by the province shapes' total and by the published area", async () => {
    const { summary, accounts } = await getCessionMap();
    const ref = (JSON.parse(accountsText) as { reference_area: { km2: number } }).reference_area.km2;
    expect(summary.referenceKm2).toBe(ref);
    expect(accounts.referenceArea.km2).toBe(ref);
    const shapes = summary.cambodiaKm2;
    expect(summary.treaty.share).toBeCloseTo(summary.treaty.cededKm2 / shapes, 12);
    expect(summary.treaty.shareOfReference).toBeCloseTo(summary.treaty.cededKm2 / ref, 12);
    // The shapes include the lake and islands, so their total exceeds the published area.
    expect(shapes).toBeGreaterThan(ref);
    expect(summary.treaty.shareOfReference).toBeGreaterThan(summary.treaty.share);
  });
});
