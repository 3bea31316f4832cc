/**
 * A number as en-US text with grouping and a fixed range of decimals: what
 * `new Intl.NumberFormat("en-US", { minimumFractionDigits, maximumFractionDigits }).format(x)`
 * prints, character for character (a unit test compares the two on 20,000 values).
 *
 * Why not Intl itself: the first Intl.NumberFormat a page creates initialises the browser's
 * ICU data, 10–20 ms of main thread on a mid-range phone, and the static charts format their
 * ticks and values while the page hydrates. This is plain string arithmetic on the digits
 * JavaScript prints for the number (the shortest that round-trips, as ICU uses), rounded half
 * away from zero as Intl's default does, so no figure is rounded differently from before.
 */
export function formatDecimal(x: number, minFrac: number, maxFrac: number): string {
  if (!Number.isFinite(x))
    return new Intl.NumberFormat("en-US", { minimumFractionDigits: minFrac, maximumFractionDigits: maxFrac }).format(x);
  const negative = x < 0 || Object.is(x, -0);
  let { int, frac } = decimalDigits(Math.abs(x));
  if (frac.length > maxFrac) {
    const up = frac.charCodeAt(maxFrac) >= 53; // the first digit dropped is 5 or more
    frac = frac.slice(0, maxFrac);
    if (up) ({ int, frac } = increment(int, frac));
  }
  frac = frac.replace(/0+$/, "");
  while (frac.length < minFrac) frac += "0";
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${negative ? "-" : ""}${frac ? `${grouped}.${frac}` : grouped}`;
}

/** The decimal digits of x ≥ 0 as String(x) gives them, with an exponent written out. */
function decimalDigits(x: number): { int: string; frac: string } {
  const text = String(x);
  const e = text.indexOf("e");
  if (e === -1) {
    const [int = "0", frac = ""] = text.split(".");
    return { int, frac };
  }
  const [mi = "0", mf = ""] = text.slice(0, e).split(".");
  const digits = mi + mf;
  const point = mi.length + Number(text.slice(e + 1));
  if (point <= 0) return { int: "0", frac: "0".repeat(-point) + digits };
  if (point >= digits.length) return { int: digits + "0".repeat(point - digits.length), frac: "" };
  return { int: digits.slice(0, point), frac: digits.slice(point) };
}

/** int.frac plus one unit in the last place of frac (or of int when frac is empty). */
function increment(int: string, frac: string): { int: string; frac: string } {
  const digits = (int + frac).split("");
  let i = digits.length - 1;
  for (; i >= 0; i--) {
    if (digits[i] === "9") digits[i] = "0";
    else {
      digits[i] = String(Number(digits[i]) + 1);
      break;
    }
  }
  const all = (i < 0 ? "1" : "") + digits.join("");
  return { int: all.slice(0, all.length - frac.length), frac: all.slice(all.length - frac.length) };
}
