import { readCsv } from "./data";

/** Figures for the region view computed straight from the CSVs, not through the app's code. */
const PARTNERS = ["KHM", "LAO", "MMR", "THA", "VNM"] as const;

export function importsIn(year: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of readCsv("trade_japan_mainland_sea.csv"))
    if (r.flow === "japan_imports_from_partner" && Number(r.year) === year) out.set(r.partner_iso3!, Number(r.value));
  return out;
}

/** Cambodia's rank among the five (1 = largest), the partners ahead and its share of their sum in %. */
export function cambodiaStanding(values: Map<string, number>) {
  const sorted = [...values.entries()].sort((a, b) => b[1] - a[1]);
  const rank = sorted.findIndex(([p]) => p === "KHM") + 1;
  const total = [...values.values()].reduce((s, v) => s + v, 0);
  return { rank, ahead: sorted.slice(0, rank - 1), sharePct: (values.get("KHM")! / total) * 100 };
}

/** Japan's net ODA (USD) summed over [from, to] per partner. */
export function aidSums(from: number, to: number): Map<string, number> {
  const out = new Map<string, number>(PARTNERS.map((p) => [p, 0]));
  for (const r of readCsv("aid_japan_mainland_sea.csv")) {
    const y = Number(r.year);
    if (r.category === "net_bilateral_oda" && y >= from && y <= to)
      out.set(r.recipient_iso3!, out.get(r.recipient_iso3!)! + Number(r.value));
  }
  return out;
}

export const share2 = (p: number) =>
  `${new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(p)} %`;
export const usd3 = (v: number) => new Intl.NumberFormat("en-US", { maximumFractionDigits: 3 }).format(v);
export const ordinal = (n: number) => ["1st", "2nd", "3rd", "4th", "5th"][n - 1]!;

/** Japan's net ODA (USD) per partner in one year. */
export function aidIn(year: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of readCsv("aid_japan_mainland_sea.csv"))
    if (r.category === "net_bilateral_oda" && Number(r.year) === year) out.set(r.recipient_iso3!, Number(r.value));
  return out;
}

/** The last year of a file in which Cambodia has a figure for the flow or category. */
export function lastCambodiaYear(file: string, column: string, value: string, iso: string): number {
  return Math.max(
    ...readCsv(file)
      .filter((r) => r[column] === value && r[iso] === "KHM")
      .map((r) => Number(r.year)),
  );
}
