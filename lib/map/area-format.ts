import { formatTick } from "@/lib/format";

/** An area in whole square kilometres, as the map's figures are computed (lib/map/area.ts). */
export const formatKm2 = (n: number) => `${formatTick(n)} km²`;
/** A derived share of an area (0–1) as a per cent with one decimal. */
export const formatShare = (n: number) => `${(n * 100).toFixed(1)}%`;
