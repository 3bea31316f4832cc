import { z } from "zod";
import { ACCOUNT_IDS, type AccountId } from "@/lib/map/accounts";
import { type ParamIssue, unknownParams } from "./search-params";

export const PHASES = ["before", "annexed", "today"] as const;
export type Phase = (typeof PHASES)[number];
export const ZOOMS = ["all", "ceded"] as const;
type Zoom = (typeof ZOOMS)[number];

export type MapParams = { phase: Phase; account: AccountId; province: string | null; zoom: Zoom };
const DEFAULT_MAP_PARAMS: MapParams = { phase: "annexed", account: "treaty", province: null, zoom: "all" };

type RawParams = Record<string, string | string[] | undefined>;

const single = z.string();

/**
 * Reads /map's search params. Each invalid or repeated value falls back to its default and adds
 * a notice naming the parameter, the value and what was used instead.
 */
export function parseMapParams(
  raw: RawParams,
  provinceIds: readonly string[],
): { params: MapParams; issues: ParamIssue[] } {
  const issues: ParamIssue[] = unknownParams(raw, ["phase", "account", "province", "zoom"]);
  const schemas = {
    phase: z.enum(PHASES),
    account: z.enum(ACCOUNT_IDS),
    zoom: z.enum(ZOOMS),
    province: z.string().refine((v) => provinceIds.includes(v)),
  };
  const read = <K extends keyof typeof schemas>(key: K, fallback: MapParams[K], describe: string): MapParams[K] => {
    const value = raw[key];
    if (value === undefined || value === "") return fallback;
    const text = single.safeParse(value);
    const parsed = text.success ? schemas[key].safeParse(text.data) : null;
    if (parsed?.success) return parsed.data as MapParams[K];
    const shown = Array.isArray(value) ? value.join(", ") : value;
    issues.push({ param: key, message: `Unknown ${key} “${shown.slice(0, 60)}”: showing ${describe} instead.` });
    return fallback;
  };
  const params: MapParams = {
    phase: read("phase", DEFAULT_MAP_PARAMS.phase, "1941–1946 (annexed)"),
    account: read("account", DEFAULT_MAP_PARAMS.account, "the treaty terms"),
    zoom: read("zoom", DEFAULT_MAP_PARAMS.zoom, "the whole map"),
    province: read("province", DEFAULT_MAP_PARAMS.province, "no selected province"),
  };
  return { params, issues };
}

/** Link to /map with the given settings; defaults are left out so shared links stay short. */
export function mapHref(params: MapParams, change: Partial<MapParams> = {}): string {
  const next = { ...params, ...change };
  const q = new URLSearchParams();
  if (next.phase !== DEFAULT_MAP_PARAMS.phase) q.set("phase", next.phase);
  if (next.account !== DEFAULT_MAP_PARAMS.account) q.set("account", next.account);
  if (next.zoom !== DEFAULT_MAP_PARAMS.zoom) q.set("zoom", next.zoom);
  if (next.province) q.set("province", next.province);
  const s = q.toString();
  return s ? `/map?${s}` : "/map";
}
