/** Formatting for the region view's derived figures and ranks (plain functions, usable on both sides). */

export { formatShare } from "@/lib/format";

const ORDINAL = ["1st", "2nd", "3rd", "4th", "5th"];
export const formatRank = (rank: number) => ORDINAL[rank - 1] ?? `${rank}th`;

/** "Laos, Myanmar and Vietnam" */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** 2003, 2004, 2005, 2007 → "2003–2005, 2007" */
export function formatYearRuns(years: readonly number[]): string {
  const runs: [number, number][] = [];
  for (const y of years) {
    const last = runs[runs.length - 1];
    if (last && last[1] === y - 1) last[1] = y;
    else runs.push([y, y]);
  }
  return runs.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)).join(", ");
}
