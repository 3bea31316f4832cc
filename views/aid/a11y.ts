import { buildAidChart } from "@/views/aid/figure";
import type { AidYearPoint } from "@/lib/transform/aid-series";
import { buildAccessInput } from "@/lib/a11y/from-model";
import type { ChartAccessInput } from "@/lib/a11y/types";

/** The aid view's series for the keyboard tree and the sound, from the same model as its figure. */
export function buildAidAccessInput(series: readonly AidYearPoint[], from: number, to: number): ChartAccessInput {
  const model = buildAidChart(series, { markers: [], highlightYear: null }, "wide");
  return buildAccessInput("aid", `Japan's aid to Cambodia, ${from}–${to}`, [model]);
}
