import type { ChartModel } from "@/lib/chart/model";
import type { AccessSeries, ChartAccessInput } from "./types";

/**
 * The accessible chart's input, read off the chart models of a view: the series as drawn,
 * with their years, values (null where the source has none) and the estimate flag of each
 * bar, so the tree and the sound say exactly what the figure shows. Several figures (the
 * mirror view draws one per flow) become one list of series, each named with its figure's
 * title, walked in the order they are drawn.
 */
export function buildAccessInput(id: string, label: string, models: readonly ChartModel[]): ChartAccessInput {
  const series: AccessSeries[] = models.flatMap((model) =>
    model.panels.flatMap((panel) =>
      panel.series
        .filter((s) => s.values.some((v) => v !== null))
        .map((s): AccessSeries => {
          const estimates = new Set(panel.bars.filter((b) => b.series === s.id && b.estimate).map((b) => b.year));
          const signed = s.values.some((v) => v !== null && v < 0);
          return {
            id: models.length > 1 ? `${model.id}:${s.id}` : s.id,
            label: models.length > 1 ? `${model.title}: ${s.label}` : s.label,
            unit: panel.unit,
            kind: signed ? "signed" : "level",
            points: model.years.map((year, i) => ({
              year,
              value: s.values[i] ?? null,
              estimate: estimates.has(year),
            })),
          };
        }),
    ),
  );
  return { id, label, series };
}
