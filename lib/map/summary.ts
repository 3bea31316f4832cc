import type { AccountSummary, CededAreaSummary, ProvinceModel } from "./model";

function account(
  provinces: ProvinceModel[],
  key: "treaty" | "encyclopedia",
  total: number,
  reference: number,
): AccountSummary {
  const ceded = provinces
    .filter((p) => p[key].cededKm2 > 0)
    .map((p) => ({ id: p.id, name: p.name, cededKm2: p[key].cededKm2, provinceKm2: p.areaKm2 }))
    .sort((a, b) => b.cededKm2 - a.cededKm2);
  const cededKm2 = ceded.reduce((s, p) => s + p.cededKm2, 0);
  return { cededKm2, share: cededKm2 / total, shareOfReference: cededKm2 / reference, provinces: ceded };
}

/**
 * Ceded area under each account, as km² and as a share of the same 25 provinces (like for like:
 * the basis of the headline share), and of the published reference area for comparison.
 */
export function buildCededAreaSummary(provinces: ProvinceModel[], referenceKm2: number): CededAreaSummary {
  const cambodiaKm2 = provinces.reduce((s, p) => s + p.areaKm2, 0);
  return {
    cambodiaKm2,
    referenceKm2,
    treaty: account(provinces, "treaty", cambodiaKm2, referenceKm2),
    encyclopedia: account(provinces, "encyclopedia", cambodiaKm2, referenceKm2),
  };
}
