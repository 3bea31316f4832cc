import type { TradeRow, WorldTotalRow } from "@/lib/schemas/trade";
export { formatShare } from "@/lib/format";
import { type BilateralFlow, IMF_SERIES, type Reporter, type ReporterView, type YearRange } from "./trade-series";
import { roundDerived } from "./derived-precision";

/** The four shares: whose total (side) and which flow of theirs. */
export type ShareKey = "japanExports" | "japanImports" | "cambodiaExports" | "cambodiaImports";
type WorldFlow = WorldTotalRow["flow"];
type Valuation = "FOB" | "CIF";

type ShareDef = {
  side: Reporter;
  /** The bilateral flow in the side's own books (the numerator). */
  flow: BilateralFlow;
  /** The side's trade with the world in the same direction (the denominator). */
  world: WorldFlow;
  /** Exports are valued FOB and imports CIF on both sides of the division. */
  valuation: Valuation;
  label: string;
};

export const SHARE_DEFS: Record<ShareKey, ShareDef> = {
  japanExports: {
    side: "japan",
    flow: "japan_to_cambodia",
    world: "exports_to_world",
    valuation: "FOB",
    label: "Japan's exports to Cambodia as % of Japan's exports to the world (FOB)",
  },
  japanImports: {
    side: "japan",
    flow: "cambodia_to_japan",
    world: "imports_from_world",
    valuation: "CIF",
    label: "Japan's imports from Cambodia as % of Japan's imports from the world (CIF)",
  },
  cambodiaExports: {
    side: "cambodia",
    flow: "cambodia_to_japan",
    world: "exports_to_world",
    valuation: "FOB",
    label: "Cambodia's exports to Japan as % of Cambodia's exports to the world (FOB)",
  },
  cambodiaImports: {
    side: "cambodia",
    flow: "japan_to_cambodia",
    world: "imports_from_world",
    valuation: "CIF",
    label: "Cambodia's imports from Japan as % of Cambodia's imports from the world (CIF)",
  },
};

export const SHARE_KEYS = Object.keys(SHARE_DEFS) as ShareKey[];

/** One input of a share, with everything needed to cite it. */
export type ShareInput = {
  flow: BilateralFlow | WorldFlow;
  value: number;
  unit: string;
  valuation: Valuation;
  estimate: boolean;
  sourceTitle: string;
  source: string;
};

/** One derived share: numerator ÷ denominator × 100, or null (a gap) when either input is missing or they do not match. */
export type ShareRow = {
  year: number;
  key: ShareKey;
  reporter: "Japan" | "Cambodia";
  valuation: Valuation;
  /** Percent; null is a gap. */
  value: number | null;
  missing: "numerator" | "denominator" | "both" | "mismatch" | null;
  numerator: ShareInput | null;
  denominator: ShareInput | null;
};

/** The valuation basis a row's notes state ("… exports (FOB) …"); the flow's own basis when the notes name none. */
function valuationOf(notes: string, fallback: Valuation): Valuation {
  const m = /\((FOB|CIF)\)/.exec(notes);
  return m ? (m[1] as Valuation) : fallback;
}

const sideName = (side: Reporter) => (side === "japan" ? "Japan" : "Cambodia");

export const shareKeysFor = (reporter: ReporterView): ShareKey[] =>
  reporter === "both" ? SHARE_KEYS : SHARE_KEYS.filter((k) => SHARE_DEFS[k].side === reporter);

/**
 * Each side's bilateral flow as a share of the same side's trade with the world, per
 * year in range (IMF DOTS on both sides of the division). A year where either input is
 * missing, or where the two are not in the same unit and valuation, is a gap (a row with
 * value null naming what is missing), from the side's first year with a figure to its last.
 */
export function buildTradeShares(
  rows: readonly TradeRow[],
  world: readonly WorldTotalRow[],
  reporter: ReporterView,
  range: YearRange,
): ShareRow[] {
  const out: ShareRow[] = [];
  for (const key of shareKeysFor(reporter)) {
    const def = SHARE_DEFS[key];
    const name = sideName(def.side);
    const nums = new Map(
      rows.filter((r) => r.series === IMF_SERIES[def.side] && r.flow === def.flow).map((r) => [r.year, r] as const),
    );
    const dens = new Map(world.filter((w) => w.reporter === name && w.flow === def.world).map((w) => [w.year, w]));
    // Inside the span of the side's figures a year with neither input is a gap, listed as such;
    // before the first and after the last figure there is nothing to list.
    const known = [...nums.keys(), ...dens.keys()];
    const first = Math.max(range.from, Math.min(...known));
    const last = Math.min(range.to, Math.max(...known));
    for (let year = first; year <= last; year++) {
      const n = nums.get(year);
      const d = dens.get(year);
      const numerator: ShareInput | null = n
        ? {
            flow: def.flow,
            value: n.value,
            unit: n.unit,
            valuation: valuationOf(n.notes, def.valuation),
            estimate: n.estimate,
            sourceTitle: n.sourceTitle,
            source: n.source,
          }
        : null;
      const denominator: ShareInput | null = d
        ? {
            flow: def.world,
            value: d.value,
            unit: d.unit,
            valuation: valuationOf(d.notes, def.valuation),
            estimate: false,
            sourceTitle: d.sourceTitle,
            source: d.source,
          }
        : null;
      const match =
        numerator !== null &&
        denominator !== null &&
        numerator.unit === denominator.unit &&
        numerator.valuation === def.valuation &&
        denominator.valuation === def.valuation;
      const missing =
        !numerator && !denominator ? "both" : !numerator ? "numerator" : !denominator ? "denominator" : null;
      const usable = match && denominator.value > 0;
      out.push({
        year,
        key,
        reporter: name,
        valuation: def.valuation,
        value: usable ? roundDerived((numerator.value / denominator.value) * 100) : null,
        missing: missing ?? (usable ? null : "mismatch"),
        numerator,
        denominator,
      });
    }
  }
  return out;
}

/** The latest year in which every listed share has a value, with those values. */
export function latestShares(
  shares: readonly ShareRow[],
  keys: readonly ShareKey[],
): { year: number; values: Record<ShareKey, number> } | null {
  const years = [...new Set(shares.map((s) => s.year))].sort((a, b) => b - a);
  for (const year of years) {
    const values = {} as Record<ShareKey, number>;
    let complete = true;
    for (const key of keys) {
      const v = shares.find((s) => s.year === year && s.key === key)?.value ?? null;
      if (v === null) complete = false;
      else values[key] = v;
    }
    if (complete) return { year, values };
  }
  return null;
}
