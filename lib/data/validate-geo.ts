import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { DataValidationError } from "./data-error";
import { DATASETS } from "./datasets";
import { cessionSchema, topologySchema } from "@/lib/schemas/geo";
import { type MapAccountTexts, mapAccountsSchema } from "@/lib/schemas/map-accounts";

export const TOPOLOGY_FILE = "cambodia-1941.topo.json";
export const CESSION_FILE = "cession-1941.json";
export const ACCOUNTS_FILE = "map-accounts.json";

function check<T>(
  file: string,
  result:
    { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } },
): T {
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.map(String).join(".") ?? "";
  // JSON has no rows: the path (e.g. objects.provinces.geometries.3.properties.iso) locates the entry.
  throw new DataValidationError(file, null, `at ${where || "top level"}: ${issue?.message ?? "invalid"}`);
}

/** Parses both geo files and checks they agree: one cession entry per province id. */
export function parseGeo(topoText: string, cessionText: string) {
  const topology = check(TOPOLOGY_FILE, topologySchema.safeParse(JSON.parse(topoText)));
  const cession = check(CESSION_FILE, cessionSchema.safeParse(JSON.parse(cessionText)));
  const ids = new Set(topology.objects.provinces.geometries.map((g) => g.properties.id));
  cession.forEach((entry, i) => {
    if (!ids.has(entry.province_id))
      throw new DataValidationError(CESSION_FILE, null, `at ${i}.province_id: unknown province '${entry.province_id}'`);
  });
  const covered = new Set(cession.map((c) => c.province_id));
  const missing = [...ids].filter((id) => !covered.has(id));
  if (missing.length > 0)
    throw new DataValidationError(CESSION_FILE, null, `no status for province(s) ${missing.join(", ")}`);
  return { topology, cession };
}

/**
 * Parses map-accounts.json and checks it against the other files: every reading names a known
 * province, and the claim's id is a row of article-claims.csv (whose source credits the claim).
 */
export function parseMapAccounts(text: string, provinceIds: readonly string[], claimsText: string): MapAccountTexts {
  const accounts = check(ACCOUNTS_FILE, mapAccountsSchema.safeParse(JSON.parse(text)));
  accounts.encyclopedia.readings.forEach((r, i) => {
    if (!provinceIds.includes(r.provinceId))
      throw new DataValidationError(
        ACCOUNTS_FILE,
        null,
        `at encyclopedia.readings.${i}.province_id: unknown province '${r.provinceId}'`,
      );
  });
  const claims = DATASETS.claims.parse(claimsText);
  const claim = claims.find((c) => c.id === accounts.encyclopedia.claim.claimId);
  if (!claim)
    throw new DataValidationError(
      ACCOUNTS_FILE,
      null,
      `at encyclopedia.claim.claim_id: no row '${accounts.encyclopedia.claim.claimId}' in ${DATASETS.claims.file}`,
    );
  return { ...accounts, claimSource: { title: claim.sourceTitle, url: claim.source } };
}

export async function validateGeoFiles(dir: string): Promise<string> {
  const [topo, cession, accounts, claims] = await Promise.all([
    readFile(path.join(dir, TOPOLOGY_FILE), "utf8"),
    readFile(path.join(dir, CESSION_FILE), "utf8"),
    readFile(path.join(dir, ACCOUNTS_FILE), "utf8"),
    readFile(path.join(dir, DATASETS.claims.file), "utf8"),
  ]);
  const parsed = parseGeo(topo, cession);
  parseMapAccounts(
    accounts,
    parsed.topology.objects.provinces.geometries.map((g) => g.properties.id),
    claims,
  );
  return `${TOPOLOGY_FILE} + ${CESSION_FILE} + ${ACCOUNTS_FILE} (${parsed.topology.objects.provinces.geometries.length} provinces)`;
}
