import type { CessionStatus } from "@/lib/schemas/geo";
import type { MapAccountTexts } from "@/lib/schemas/map-accounts";
import type { AccountId, Source } from "./accounts";

export type Box = { x: number; y: number; width: number; height: number };
export type Point = { x: number; y: number };

export type ProvinceModel = {
  id: string;
  name: string;
  nameKm: string;
  iso: string;
  /** SVG path of the whole province. */
  path: string;
  label: Point;
  /** Spherical area of the modern province (derived from the boundary file). */
  areaKm2: number;
  treaty: { status: CessionStatus; cededKm2: number; cededPath: string | null };
  encyclopedia: { status: CessionStatus; cededKm2: number; note: string };
  /** The two accounts give this province different statuses. */
  disputed: boolean;
  thaiProvince: string | null;
  rule: string;
  notes: string;
  sources: Source[];
};

export type AccountSummary = {
  cededKm2: number;
  /** Share of the province shapes' total (`cambodiaKm2`). */
  share: number;
  /** Share of the published reference area (`referenceKm2`). */
  shareOfReference: number;
  provinces: { id: string; name: string; cededKm2: number; provinceKm2: number }[];
};

export type CededAreaSummary = {
  /** Sum of the 25 modern provinces (same boundary file, so shares are like for like). */
  cambodiaKm2: number;
  /** Cambodia's published area (data/map-accounts.json), for the second basis. */
  referenceKm2: number;
  treaty: AccountSummary;
  encyclopedia: AccountSummary;
};

export type CessionMapModel = {
  width: number;
  height: number;
  provinces: ProvinceModel[];
  neighbours: { id: string; name: string; path: string; label: Point }[];
  innerBordersPath: string;
  outlinePath: string;
  lakePath: string;
  rivers: { name: string | null; path: string }[];
  waterLabels: { name: string; x: number; y: number }[];
  seaLabel: Point;
  treatyLine: { path: string; label: Point; parallelLabel: Point };
  parallel15: { path: string; label: Point };
  /** 1941 Thai provinces, labelled over the area they took from Cambodia. */
  thaiProvinceLabels: { name: string; nameTh: string; x: number; y: number }[];
  /** Outline of the treaty's ceded area (for the "today" phase). */
  treatyAreaPath: string;
  zoomBoxes: Record<AccountId, Box> & { all: Box };
  /** Projected length of 100 km (at the map's central latitude), in viewBox units. */
  scaleBar: { km: number; length: number; atLat: number };
  summary: CededAreaSummary;
  /** Longitude where the modern Siem Reap–Battambang boundary meets the lake (compare TREATY_MERIDIAN_LON). */
  lakeEndLon: number;
  /** Texts of the accounts with their sources (data/map-accounts.json). */
  accounts: MapAccountTexts;
};
