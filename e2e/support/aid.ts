import { readCsv } from "./data";

/** Japan's net bilateral ODA (WDI) per year, straight from the CSV. */
export function japanOdaByYear(): Map<number, number> {
  const out = new Map<number, number>();
  for (const r of readCsv("aid_japan_to_cambodia_yearly.csv")) {
    if (r.category === "net_bilateral_oda") out.set(Number(r.year), Number(r.value));
  }
  return out;
}

/** USD → USD million with two decimals, the precision the source prints. */
export const millions2 = (usd: number) =>
  new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(usd / 1e6);
