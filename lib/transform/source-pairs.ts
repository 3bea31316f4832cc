/**
 * Figures where two sources give different values for the same thing (same measure,
 * same year). Both are kept and shown side by side with their sources; nothing is
 * averaged or chosen.
 */
export type PairSide = {
  value: number;
  unit: string;
  asOf: string;
  sourceTitle: string;
  source: string;
  notes: string;
};
export type SourcePair = { key: string; year: number; sides: PairSide[] };

type Input = PairSide & { year: number; key: string };

/** Groups figures by key and year; a group is a disagreement when it holds more than one distinct value. */
export function buildSourcePairs(items: readonly Input[]): SourcePair[] {
  const groups = new Map<string, Input[]>();
  for (const item of items) {
    const id = `${item.key}|${item.year}`;
    groups.set(id, [...(groups.get(id) ?? []), item]);
  }
  return [...groups.values()]
    .filter((g) => new Set(g.map((i) => i.value)).size > 1)
    .map((g) => ({
      key: g[0]!.key,
      year: g[0]!.year,
      sides: [...g]
        .sort((a, b) => a.value - b.value)
        .map(({ value, unit, asOf, sourceTitle, source, notes }) => ({
          value,
          unit,
          asOf,
          sourceTitle,
          source,
          notes,
        })),
    }))
    .sort((a, b) => a.year - b.year);
}

type TradeLike = { year: number; flow: string; series: string; value: number; unit: string } & Omit<
  PairSide,
  "value" | "unit" | "asOf"
>;

/** Two-way trade totals that press reports of the same compiler give differently for one year. */
export function buildTradeTotalPairs(rows: readonly TradeLike[]): SourcePair[] {
  return buildSourcePairs(
    rows.filter((r) => r.flow === "total_bilateral").map((r) => ({ ...r, key: r.series, asOf: "", notes: r.notes })),
  );
}

type IndicatorLike = { indicator: string; year: number } & PairSide;

/** Figures of one indicator that different documents give differently for one year. */
export function buildIndicatorPairs(rows: readonly IndicatorLike[], indicator: string): SourcePair[] {
  return buildSourcePairs(rows.filter((r) => r.indicator === indicator).map((r) => ({ ...r, key: r.indicator })));
}
