import { readFileSync } from "node:fs";
import path from "node:path";
import { csvParse } from "d3-dsv";

/** Reads a data file the way a reader would, so expectations come from the data, not from the app. */
export function readCsv(file: string) {
  return csvParse(readFileSync(path.join(process.cwd(), "data", file), "utf8"));
}

export function japanOdaByYear(): Map<number, number> {
  const out = new Map<number, number>();
  for (const r of readCsv("aid_japan_to_cambodia_yearly.csv")) {
    if (r.category === "net_bilateral_oda") out.set(Number(r.year), Number(r.value));
  }
  return out;
}

export const millions2 = (usd: number) =>
  new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(usd / 1e6);
