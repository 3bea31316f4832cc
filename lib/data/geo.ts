import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { DRAW_TOLERANCE_DEG, buildCessionMap } from "@/lib/map/build-map";
import { buildDrawingTopology } from "@/lib/map/simplify";
import { buildGeoLayers } from "@/lib/map/layers";
import type { CededAreaSummary, CessionMapModel } from "@/lib/map/model";
import { cessionSchema } from "@/lib/schemas/geo";
import { DATASETS } from "./datasets";
import { ACCOUNTS_FILE, CESSION_FILE, TOPOLOGY_FILE, parseGeo, parseMapAccounts } from "./validate-geo";

export type { CededAreaSummary, CessionMapModel };

// Parsed and projected once per server process: the files only change with a deploy. The
// topology never leaves the server; pages get path strings and numbers.
let cached: Promise<CessionMapModel> | null = null;

const DATA_DIR = path.join(process.cwd(), "data");

async function load(dir: string): Promise<CessionMapModel> {
  const [topoText, cessionText, accountsText, claimsText] = await Promise.all([
    readFile(path.join(dir, TOPOLOGY_FILE), "utf8"),
    readFile(path.join(dir, CESSION_FILE), "utf8"),
    readFile(path.join(dir, ACCOUNTS_FILE), "utf8"),
    readFile(path.join(dir, DATASETS.claims.file), "utf8"),
  ]);
  const { topology, cession } = parseGeo(topoText, cessionText);
  const ids = topology.objects.provinces.geometries.map((g) => g.properties.id);
  const accounts = parseMapAccounts(accountsText, ids, claimsText);
  return buildCessionMap(
    buildGeoLayers(topology),
    cession,
    accounts,
    buildGeoLayers(buildDrawingTopology(topology, DRAW_TOLERANCE_DEG)),
  );
}

/** The 1941 cession map: province paths, statuses under both accounts, treaty line, areas. */
export function getCessionMap(dir: string = DATA_DIR): Promise<CessionMapModel> {
  if (dir !== DATA_DIR) return load(dir);
  if (!cached) {
    cached = load(dir);
    cached.catch(() => {
      cached = null;
    });
  }
  return cached;
}

/** Area ceded in 1941 (km², share of Cambodia, per province) under each account, derived from the boundaries. */
export async function getCededAreaSummary(dir?: string): Promise<CededAreaSummary> {
  return (await getCessionMap(dir)).summary;
}

let topologyText: Promise<string> | null = null;

/** The topology as validated JSON text, for the client map layers' route (minified, unchanged otherwise). */
export function getMapTopologyText(): Promise<string> {
  topologyText ??= Promise.all([
    readFile(path.join(DATA_DIR, TOPOLOGY_FILE), "utf8"),
    readFile(path.join(DATA_DIR, CESSION_FILE), "utf8"),
  ]).then(([topo, cession]) => JSON.stringify(parseGeo(topo, cession).topology));
  return topologyText;
}

let provinceIds: Promise<readonly string[]> | null = null;

/**
 * The province ids alone, from the small cession file (the build has checked it names every
 * province of the topology once). The proxy needs them to read a map URL; loading the whole
 * map model for that would make the first request of a process wait for the projection.
 */
export function getProvinceIds(): Promise<readonly string[]> {
  provinceIds ??= readFile(path.join(DATA_DIR, CESSION_FILE), "utf8")
    .then((text) => cessionSchema.parse(JSON.parse(text)).map((entry) => entry.province_id))
    .catch((error: unknown) => {
      provinceIds = null;
      throw error;
    });
  return provinceIds;
}
