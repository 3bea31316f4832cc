import { announcePoint, describeSpan } from "./announce";
import type { AccessPoint, AccessSeries, ChartAccessInput } from "./types";

/**
 * The chart as a tree to walk with the keyboard (after Olli, Zong et al., EuroVis 2022):
 * chart summary → series → decade → year. A position is the path of child indexes from the
 * summary: [] is the summary, [s] a series, [s, d] a decade of it, [s, d, y] one year.
 */
export type NavNode = {
  level: "chart" | "series" | "decade" | "year";
  text: string;
  children: NavNode[];
  /** Set on year nodes: the year, so step-by-step sound can start there. */
  year?: number;
};
export type NavState = { path: readonly number[] };
export type NavKey = "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight" | "Home" | "End";

export const NAV_KEYS: readonly NavKey[] = ["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Home", "End"];
export const INITIAL_NAV: NavState = { path: [] };

export function isNavKey(key: string): key is NavKey {
  return (NAV_KEYS as readonly string[]).includes(key);
}

function decades(points: readonly AccessPoint[]): { start: number; points: AccessPoint[] }[] {
  const out: { start: number; points: AccessPoint[] }[] = [];
  for (const p of points) {
    const start = Math.floor(p.year / 10) * 10;
    const last = out[out.length - 1];
    if (last && last.start === start) last.points.push(p);
    else out.push({ start, points: [p] });
  }
  return out;
}

function seriesNode(series: AccessSeries, index: number, count: number): NavNode {
  const years = series.points.map((p) => p.year);
  const range = years.length > 0 ? `${years[0]}–${years[years.length - 1]}` : "no years";
  const children = decades(series.points).map((d): NavNode => ({
    level: "decade",
    text: describeSpan(`${d.start}s`, series, d.points),
    children: d.points.map((p) => ({
      level: "year",
      text: `${announcePoint(p, series.unit)}, ${series.label}.`,
      children: [],
      year: p.year,
    })),
  }));
  return {
    level: "series",
    text: `Series ${index + 1} of ${count}. ${describeSpan(range, series, series.points)} ${children.length} decades.`,
    children,
  };
}

/** Builds the whole tree from the data; every text is computed here, once per chart. */
export function buildNavTree(input: ChartAccessInput): NavNode {
  const n = input.series.length;
  const names = input.series.map((s) => s.label).join("; ");
  return {
    level: "chart",
    text: `${input.label}. ${n} series: ${names}. Press Down arrow to explore by series, decade and year.`,
    children: input.series.map((s, i) => seriesNode(s, i, n)),
  };
}

/** The node at a path; a path that leaves the tree is a programming error, so it throws. */
export function nodeAt(tree: NavNode, path: readonly number[]): NavNode {
  return path.reduce<NavNode>((node, i) => {
    const child = node.children[i];
    if (!child) throw new Error(`No chart node at [${path.join(", ")}]`);
    return child;
  }, tree);
}

/**
 * The key handling as a pure reducer. Down enters the first child, Up returns to the parent,
 * Left/Right move between siblings and stop at the ends (no wrap: the reader knows where the
 * series starts and ends), Home/End jump to the first/last sibling. A key that cannot move
 * returns the same state object, so the caller can tell "nothing happened".
 */
export function navigate(tree: NavNode, state: NavState, key: NavKey): NavState {
  const path = state.path;
  const node = nodeAt(tree, path);
  if (key === "ArrowDown") return node.children.length > 0 ? { path: [...path, 0] } : state;
  if (key === "ArrowUp") return path.length > 0 ? { path: path.slice(0, -1) } : state;
  if (path.length === 0) return state;
  const parent = nodeAt(tree, path.slice(0, -1));
  const at = path[path.length - 1] ?? 0;
  const last = parent.children.length - 1;
  const next =
    key === "ArrowLeft"
      ? Math.max(0, at - 1)
      : key === "ArrowRight"
        ? Math.min(last, at + 1)
        : key === "Home"
          ? 0
          : last;
  return next === at ? state : { path: [...path.slice(0, -1), next] };
}

/** What the live region says for a position; at an end it says so, so a key never seems dead. */
export function announce(tree: NavNode, before: NavState, after: NavState): string {
  const text = nodeAt(tree, after.path).text;
  if (before !== after) return text;
  return `${nodeAt(tree, after.path).level === "chart" ? "Top of the chart" : "No further item"}. ${text}`;
}

/** The series index under a position (the series the sound plays), or null at the summary. */
export function seriesIndexAt(state: NavState): number | null {
  return state.path[0] ?? null;
}

/** The year under a position, if the position is a year node. */
export function yearAt(tree: NavNode, state: NavState): number | null {
  return nodeAt(tree, state.path).year ?? null;
}
