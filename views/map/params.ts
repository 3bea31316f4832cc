import { z } from "zod";
import { ACCOUNT_IDS } from "@/lib/map/accounts";
import { DEFAULT_MAP_PARAMS, type MapParams, type MapView, PHASES, ZOOMS } from "@/lib/map/settings";
import { FRAME } from "@/lib/map/constants";
import { NAME_SCRIPTS } from "@/lib/map/names";
import { MAX_SCALE, MIN_SCALE } from "@/lib/map/view";
import { readParam } from "@/lib/url/read-param";
import { type ParamIssue, unknownParams } from "@/lib/url/search-params";

const centreSchema = z
  .string()
  .regex(/^-?\d+(\.\d+)?,-?\d+(\.\d+)?$/)
  .transform((s) => s.split(",").map(Number) as [number, number])
  .refine(([lon, lat]) => lon >= FRAME.west && lon <= FRAME.east && lat >= FRAME.south && lat <= FRAME.north);
const scaleSchema = z.coerce.number().min(MIN_SCALE).max(MAX_SCALE);

type RawParams = Record<string, string | string[] | undefined>;

/** A map setting, one of `values`: any other, a repeated one included, is named with what is shown instead. */
function setting<const V extends readonly string[], F extends V[number] | null>(
  key: string,
  values: V,
  fallback: F,
  describe: string,
) {
  const error = (iss: { input?: unknown }) =>
    `Unknown ${key} “${[iss.input].flat().join(", ").slice(0, 60)}”: showing ${describe} instead.`;
  const entry = z.string({ error }).pipe(z.enum(values, { error }));
  return entry.default(fallback as never) as unknown as z.ZodType<V[number] | F>;
}

const phase = setting("phase", PHASES, DEFAULT_MAP_PARAMS.phase, "1941–1946 (annexed)");
const account = setting("account", ACCOUNT_IDS, DEFAULT_MAP_PARAMS.account, "the treaty terms");
const zoom = setting("zoom", ZOOMS, DEFAULT_MAP_PARAMS.zoom, "the whole map");
const names = setting("names", NAME_SCRIPTS, "en", "English names (en, km or th)");

/** The map's parameters: key → schema, with its default and its notice (center and scale: readView). */
const mapSchema = (provinceIds: readonly string[]) => ({
  phase,
  account,
  province: setting("province", provinceIds, null, "no selected province"),
  zoom,
  names,
});

/**
 * Reads /map's search params. Each invalid or repeated value falls back to its default and adds
 * a notice naming the parameter, the value and what was used instead.
 */
export function parseMapParams(
  raw: RawParams,
  provinceIds: readonly string[],
): { params: MapParams; issues: ParamIssue[] } {
  const schema = mapSchema(provinceIds);
  const issues: ParamIssue[] = unknownParams(raw, [...Object.keys(schema), "center", "scale"]);
  const params: MapParams = {
    phase: readParam(raw, schema, "phase", issues),
    account: readParam(raw, schema, "account", issues),
    zoom: readParam(raw, schema, "zoom", issues),
    province: readParam(raw, schema, "province", issues),
  };
  const script = readParam(raw, schema, "names", issues);
  if (script !== "en") params.names = script;
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
