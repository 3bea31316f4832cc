import type { ChartPanel, ChartSeries } from "@/views/trade/model/trade-chart-series";
import { roundDerived } from "@/lib/transform/derived-precision";

export type IndexedPanels = { panels: ChartPanel[]; notices: string[] };

/**
 * Divides each series by its value in the base year × 100 (base year = 100), so flows of
 * very different size can be compared by their growth. Derived differences (balance, gap)
 * can be negative or zero and are not indexed; a series with no value (or zero) in the base
 * year cannot be indexed either. Both are left out with a notice saying why, never guessed.
 */
export function buildIndexedPanels(panels: readonly ChartPanel[], base: number): IndexedPanels {
  const notices: string[] = [];
  const out = panels.map((panel) => {
    const i = panel.years.indexOf(base);
    const series: ChartSeries[] = [];
    for (const s of panel.series) {
      if (!s.values.some((v) => v !== null)) continue;
      if (s.kind === "line" && s.derived) {
        notices.push(`${s.label}: not shown on the index scale (a difference can be zero or negative).`);
        continue;
      }
      const b = i < 0 ? null : (s.values[i] ?? null);
      if (b === null || b <= 0) {
        notices.push(
          `${s.label}: no figure for the base year ${base}${b === 0 ? " other than zero" : ""}, so it cannot be indexed and is not shown.`,
        );
        continue;
      }
      series.push({
        ...s,
        label: `${s.label} (index, ${base} = 100, derived)`,
        derived: true,
        values: s.values.map((v) => (v === null ? null : roundDerived((v / b) * 100))),
      });
    }
    return { ...panel, unit: `index, ${base} = 100`, valueFormat: "index" as const, series };
  });
  return { panels: out, notices };
}

/**
 * The automatic base year: the first year in which every series that can be indexed (not a
 * derived difference, with some figure in range) has a positive value; when no year has all
 * of them, the first year with most of them. Null when nothing can be indexed.
 */
export function buildAutoBase(panels: readonly ChartPanel[]): number | null {
  const years = panels[0]?.years ?? [];
  const series = panels.flatMap((p) =>
    p.series.filter((s) => !(s.kind === "line" && s.derived) && s.values.some((v) => v !== null)),
  );
  let best: { year: number; count: number } | null = null;
  years.forEach((year, i) => {
    const count = series.filter((s) => (s.values[i] ?? 0) > 0).length;
    if (count > 0 && (best === null || count > best.count)) best = { year, count };
  });
  return best === null ? null : (best as { year: number }).year;
}
