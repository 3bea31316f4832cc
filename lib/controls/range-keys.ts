/**
 * The steps of the two-thumb year range slider, kept free of React and the DOM so that every
 * key, pointer and play rule is unit-tested. Years are whole numbers; a range may be a single
 * year (from = to) but its thumbs never cross.
 */

export type YearRange = { from: number; to: number };
export type RangeThumb = "from" | "to";

/** Arrow keys move a year, Page keys a decade (WAI-ARIA slider pattern). */
const KEY_STEPS = new Map<string, number>([
  ["ArrowLeft", -1],
  ["ArrowDown", -1],
  ["ArrowRight", 1],
  ["ArrowUp", 1],
  ["PageDown", -10],
  ["PageUp", 10],
]);

const clamp = (value: number, lo: number, hi: number) => Math.min(Math.max(value, lo), hi);

/** The range inside the domain with from ≤ to (a shared link can name years the data do not have). */
export function clampRange(range: YearRange, domain: YearRange): YearRange {
  const from = clamp(range.from, domain.from, domain.to);
  return { from, to: clamp(range.to, from, domain.to) };
}

/** One thumb moved to `year`: it stops at the other thumb and at the ends of the domain. */
export function moveThumb(range: YearRange, domain: YearRange, thumb: RangeThumb, year: number): YearRange {
  const r = clampRange(range, domain);
  return thumb === "from"
    ? { from: clamp(year, domain.from, r.to), to: r.to }
    : { from: r.from, to: clamp(year, r.from, domain.to) };
}

/**
 * The range after `key` on a thumb, or null for a key the slider does not use (so the page
 * keeps it). A key that cannot move the thumb further still returns the (unchanged) range:
 * the slider swallows it, so that an arrow at the end does not scroll the page.
 * Home and End go as far as the thumb may: the from thumb between the domain's start and the
 * to thumb, the to thumb between the from thumb and the domain's end.
 */
export function buildRangeStep(range: YearRange, domain: YearRange, thumb: RangeThumb, key: string): YearRange | null {
  const r = clampRange(range, domain);
  const step = KEY_STEPS.get(key);
  if (step !== undefined) return moveThumb(r, domain, thumb, r[thumb] + step);
  if (key === "Home") return moveThumb(r, domain, thumb, thumb === "from" ? domain.from : r.from);
  if (key === "End") return moveThumb(r, domain, thumb, thumb === "from" ? r.to : domain.to);
  return null;
}

/** The year under a pointer at `ratio` of the track's length (0 = start, 1 = end). */
export function yearAtRatio(domain: YearRange, ratio: number): number {
  return Math.round(domain.from + clamp(ratio, 0, 1) * (domain.to - domain.from));
}

/**
 * The thumb a press at `year` moves: the nearer one; midway between them, the to thumb.
 * Null when both thumbs sit on that very year: which one moves is known only once the
 * pointer has gone left (from) or right (to) of it.
 */
export function nearerThumb(range: YearRange, year: number): RangeThumb | null {
  if (range.from === range.to && year === range.from) return null;
  return year - range.from < range.to - year ? "from" : "to";
}

/**
 * Where a play begins: the chosen range's start with the year after it (a line needs two
 * years); the play then steps the end year forward to the chosen end (`buildPlayEnd`) and
 * stops there, so the reader's range is what is left on screen. Null when there is nothing
 * to play: the range is a single year.
 */
export function buildPlayStart(range: YearRange, domain: YearRange): YearRange | null {
  const r = clampRange(range, domain);
  return r.from < r.to ? { from: r.from, to: r.from + 1 } : null;
}

/** Where a play stops: the chosen range's end year, never past the last year with data. */
export const buildPlayEnd = (range: YearRange, domain: YearRange): number => clampRange(range, domain).to;

/** The next tick of a play: the end year one later, or null once it is the play's end (stop). */
export function buildPlayStep(range: YearRange, end: number): YearRange | null {
  return range.to < end ? { from: range.from, to: range.to + 1 } : null;
}
