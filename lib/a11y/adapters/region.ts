import { type RegionChartInput, buildRegionChart } from "@/lib/chart/build-region-chart";
import { buildAccessInput } from "../from-model";
import type { ChartAccessInput } from "../types";

/** The region view's lines for the keyboard tree and the sound, from the same model as its figure. */
export function buildRegionAccessInput(data: RegionChartInput, scale: "log" | "linear"): ChartAccessInput {
  const model = buildRegionChart(data, { scale }, "wide");
  const years = data.years;
  return buildAccessInput("region", `${model.title}, ${years[0]}–${years[years.length - 1]}`, [model]);
}
