import { type RegionChartInput, buildRegionChart } from "@/views/region/figure";
import { buildAccessInput } from "@/lib/a11y/from-model";
import type { ChartAccessInput } from "@/lib/a11y/types";

/** The region view's lines for the keyboard tree and the sound, from the same model as its figure. */
export function buildRegionAccessInput(data: RegionChartInput, scale: "log" | "linear"): ChartAccessInput {
  const model = buildRegionChart(data, { scale }, "wide");
  const years = data.years;
  return buildAccessInput("region", `${model.title}, ${years[0]}–${years[years.length - 1]}`, [model]);
}
