import type { AccountId } from "./accounts";
import type { NameScript } from "./names";

/** The settings of a map view (views/map/params.ts reads them from the URL). */
export const PHASES = ["before", "annexed", "today"] as const;
export type Phase = (typeof PHASES)[number];
export const ZOOMS = ["all", "ceded"] as const;
type Zoom = (typeof ZOOMS)[number];

/** A zoomed view: its centre (longitude, latitude) and its scale (1 = the whole map). */
export type MapView = { lon: number; lat: number; scale: number };

export type MapParams = {
  phase: Phase;
  account: AccountId;
  province: string | null;
  zoom: Zoom;
  view?: MapView | null;
  /** Script of the province names (list, details, labels, exports). */
  names?: NameScript;
};
export const DEFAULT_MAP_PARAMS: MapParams = {
  phase: "annexed",
  account: "treaty",
  province: null,
  zoom: "all",
  view: null,
};
