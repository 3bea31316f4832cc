import { readFileSync } from "node:fs";
import path from "node:path";
import { csvParse } from "d3-dsv";

/** Reads a data file the way a reader would check the chart: straight from the CSV, not through the app's code. */
export function readCsv(file: string): Record<string, string>[] {
  return csvParse(readFileSync(path.join(process.cwd(), "data", file), "utf8"));
}

/** Years in [from, to] where the series has a value for the flow. */
export function tradeYears(series: string, flow: string, from: number, to: number): number[] {
  return readCsv("trade_japan_cambodia.csv")
    .filter((r) => r.series === series && r.flow === flow && Number(r.year) >= from && Number(r.year) <= to)
    .map((r) => Number(r.year));
}
