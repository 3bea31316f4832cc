import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { DRAW_TOLERANCE_DEG, buildCessionMap } from "@/lib/map/build-map";
import { buildDrawingTopology } from "@/lib/map/simplify";
import { buildGeoLayers } from "@/lib/map/layers";
import type { CededAreaSummary, CessionMapModel } from "@/lib/map/model";
import { type CessionEntry, cessionSchema } from "./schemas/geo";
import { CESSION_FILE, TOPOLOGY_FILE, parseGeo } from "./validate-geo";

export type { CededAreaSummary, CessionMapModel, CessionEntry };

// Parsed and projected once per server process: the files only change with a deploy. The
// topology never leaves the server; pages get path strings and numbers.
let cached: Promise<CessionMapModel> | null = null;

const DATA_DIR = path.join(process.cwd(), "data");

async function load(dir: string): Promise<CessionMapModel> {
  const [topoText, cessionText] = await Promise.all([
    readFile(path.join(dir, TOPOLOGY_FILE), "utf8"),
    readFile(path.join(dir, CESSION_FILE), "utf8"),
  ]);
  const { topology, cession } = parseGeo(topoText, cessionText);
  return buildCessionMap(buildGeoLayers(topology), cession, buildGeoLayers(buildDrawingTopology(topology, DRAW_TOLERANCE_DEG)));
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
