/**
 * Groups other_indicators.csv into small panels. Only sourced points are drawn: a
 * line joins two points only when they are in consecutive years and each of those
 * years has a single value. Missing years leave the line broken, and a year with
 * values that disagree is flagged, never averaged or resolved.
 */

export type IndicatorInput = {
  indicator: string;
  year: number;
  value: number;
  unit: string;
  asOf: string;
  sourceTitle: string;
  source: string;
  notes: string;
};

export type IndicatorPoint = IndicatorInput & {
  /** The figure covers part of the year only (e.g. "2024-01 to 2024-06"). */
  partial: boolean;
  /** Another source gives a different value for the same year. */
  conflict: boolean;
};

export type IndicatorPanel = {
  id: string;
  title: string;
  unitLabel: string;
  note: string;
  points: IndicatorPoint[];
  /** Runs of points to join with a line (consecutive single-valued full years). */
  segments: IndicatorPoint[][];
};

const PANEL_DEFS = [
  {
    id: "japanese_residents_in_cambodia",
    title: "Japanese residents in Cambodia",
    unitLabel: "persons",
    note: "MOFA counts residents registered as of 1 October; other figures are statements.",
  },
  {
    id: "japanese_visitors_to_cambodia",
    title: "Japanese visitors to Cambodia",
    unitLabel: "arrivals",
    note: "Cambodian Ministry of Tourism arrivals. Part-year figures are marked and not joined.",
  },
  {
    id: "cambodian_residents_in_japan",
    title: "Cambodians in Japan",
    unitLabel: "persons",
    note: "Three sources for 2023 with different dates and definitions.",
  },
  {
    id: "japanese_fdi_approved_cdc",
    title: "Japanese investment approvals (CDC)",
    unitLabel: "USD million",
    note: "Approved (planned) amounts, not actual inflows.",
  },
] as const;

/** "2024-01 to 2024-06" or "2012-01 to 2012-09": the figure covers part of a year. */
export function buildIsPartial(asOf: string): boolean {
  return /\bto\b/.test(asOf) && !/^\d{4} to/.test(asOf);
}

function buildIndicatorPanel(rows: readonly IndicatorInput[], def: (typeof PANEL_DEFS)[number]): IndicatorPanel {
  const own = rows.filter((r) => r.indicator === def.id);
  const perYear = new Map<number, number>();
  for (const r of own) perYear.set(r.year, (perYear.get(r.year) ?? 0) + 1);
  const points: IndicatorPoint[] = own
    .map((r) => ({ ...r, partial: buildIsPartial(r.asOf), conflict: (perYear.get(r.year) ?? 0) > 1 }))
    .sort((a, b) => a.year - b.year || b.value - a.value);

  const segments: IndicatorPoint[][] = [];
  let run: IndicatorPoint[] = [];
  for (const p of points) {
    const joinable = !p.partial && !p.conflict;
    const prev = run[run.length - 1];
    if (joinable && prev && prev.year === p.year - 1) run.push(p);
    else {
      if (run.length > 1) segments.push(run);
      run = joinable ? [p] : [];
    }
  }
  if (run.length > 1) segments.push(run);
  return { id: def.id, title: def.title, unitLabel: def.unitLabel, note: def.note, points, segments };
}

export function buildIndicatorPanels(rows: readonly IndicatorInput[]): IndicatorPanel[] {
  return PANEL_DEFS.map((d) => buildIndicatorPanel(rows, d)).filter((p) => p.points.length > 0);
}
