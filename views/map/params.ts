import { z } from "zod";
import { ACCOUNT_IDS } from "@/lib/map/accounts";
import { DEFAULT_MAP_PARAMS, type MapParams, type MapView, PHASES, ZOOMS } from "@/lib/map/settings";
import { FRAME } from "@/lib/map/constants";
import { NAME_SCRIPTS } from "@/lib/map/names";
import { MAX_SCALE, MIN_SCALE } from "@/lib/map/view";
import { type ParamIssue, unknownParams } from "@/lib/url/search-params";

const centreSchema = z
  .string()
  .regex(/^-?\d+(\.\d+)?,-?\d+(\.\d+)?$/)
  .transform((s) => s.split(",").map(Number) as [number, number])
  .refine(([lon, lat]) => lon >= FRAME.west && lon <= FRAME.east && lat >= FRAME.south && lat <= FRAME.north);
const scaleSchema = z.coerce.number().min(MIN_SCALE).max(MAX_SCALE);

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
  const issues: ParamIssue[] = unknownParams(raw, ["phase", "account", "province", "zoom", "names", "center", "scale"]);
  const schemas = {
    phase: z.enum(PHASES),
    account: z.enum(ACCOUNT_IDS),
    zoom: z.enum(ZOOMS),
    names: z.enum(NAME_SCRIPTS),
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
  const names = read("names", "en", "English names (en, km or th)");
  if (names !== "en") params.names = names;
  const view = readView(raw, issues);
  return { params: view ? { ...params, view } : params, issues };
}

/** center=lon,lat and scale=k come together; either one invalid drops the view with a notice naming it. */
function readView(raw: RawParams, issues: ParamIssue[]): MapView | null {
  const c = raw.center;
  const k = raw.scale;
  if ((c === undefined || c === "") && (k === undefined || k === "")) return null;
  const centre = typeof c === "string" ? centreSchema.safeParse(c) : null;
  const scale = typeof k === "string" ? scaleSchema.safeParse(k) : null;
  const shown = (v: string | string[] | undefined) => (Array.isArray(v) ? v.join(", ") : (v ?? "")).slice(0, 60);
  if (!centre?.success)
    issues.push({
      param: "center",
      message: `Invalid center “${shown(c)}” (longitude,latitude within ${FRAME.west}–${FRAME.east}°E, ${FRAME.south}–${FRAME.north}°N): showing the whole map instead.`,
    });
  if (!scale?.success)
    issues.push({
      param: "scale",
      message: `Invalid scale “${shown(k)}” (a number from ${MIN_SCALE} to ${MAX_SCALE}): showing the whole map instead.`,
    });
  if (!centre?.success || !scale?.success) return null;
  return { lon: centre.data[0], lat: centre.data[1], scale: scale.data };
}

/** Query string of a view (rounded): the client writes it into the URL as the reader zooms. */
export function viewQuery(view: MapView): string {
  return `center=${view.lon},${view.lat}&scale=${view.scale}`;
}

/** Link to /map with the given settings; defaults are left out so shared links stay short. */
export function mapHref(params: MapParams, change: Partial<MapParams> = {}): string {
  const next = { ...params, ...change };
  const q = new URLSearchParams();
  if (next.phase !== DEFAULT_MAP_PARAMS.phase) q.set("phase", next.phase);
  if (next.account !== DEFAULT_MAP_PARAMS.account) q.set("account", next.account);
  if (next.zoom !== DEFAULT_MAP_PARAMS.zoom) q.set("zoom", next.zoom);
  if (next.province) q.set("province", next.province);
  if (next.names && next.names !== "en") q.set("names", next.names);
  if (next.view) {
    q.set("center", `${next.view.lon},${next.view.lat}`);
    q.set("scale", String(next.view.scale));
  }
  const s = q.toString();
  return s ? `/map?${s}` : "/map";
}
