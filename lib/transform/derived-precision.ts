/**
 * The precision of every value the code derives (shares, sums, index values) in the APIs and
 * downloads: six significant digits, far finer than any figure the sources print, and free of
 * the binary floating-point tail a division leaves (68.18181952727271 → 68.1818). The sources'
 * own values are never rounded.
 */
export const DERIVED_SIGNIFICANT_DIGITS = 6;
export const DERIVED_PRECISION_NOTE = `Derived values are rounded to ${DERIVED_SIGNIFICANT_DIGITS} significant digits.`;

export const roundDerived = (value: number): number =>
  value === 0 || !Number.isFinite(value) ? value : Number(value.toPrecision(DERIVED_SIGNIFICANT_DIGITS));

const decimalsOf = (v: number) => {
  const s = String(v);
  const e = s.indexOf("e-");
  if (e >= 0) return Number(s.slice(e + 2)) + (s.split(".")[1]?.split("e")[0]?.length ?? 0);
  return s.split(".")[1]?.length ?? 0;
};

/**
 * A sum of source values, exact to the finest decimal place among them: adding decimals in
 * binary leaves a tail (0.1 + 0.2 = 0.30000000000000004) that no source printed. Not cut to
 * significant digits: a sum is as exact as its inputs.
 */
export function sumExact(values: readonly number[]): number {
  const places = Math.min(12, Math.max(0, ...values.map(decimalsOf)));
  return Number(values.reduce((s, v) => s + v, 0).toFixed(places));
}
