/** A small seeded PRNG (mulberry32), so a failing fuzz case can be reproduced from its seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(r: () => number, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
export const int = (r: () => number, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

const NASTY = [
  "",
  " ",
  "0",
  "-1",
  "-2020",
  "1e3",
  "1994.5",
  "0x7D0",
  "99999999999999999999",
  "NaN",
  "Infinity",
  "null",
  "undefined",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "../../etc/passwd",
  "..%2F..%2Fetc%2Fpasswd",
  "%00",
  "%",
  "%E0%A4%A",
  "日本",
  "កម្ពុជា",
  "🇰🇭",
  "' OR 1=1 --",
  "${7*7}",
  "{{7*7}}",
  "a".repeat(5000),
  "1994,2000",
  "[]",
  "{}",
  "true",
];

/**
 * A random query string built from the view's own keys and random ones, valid and
 * hostile values, repeated keys and raw bytes.
 */
export function randomQuery(
  r: () => number,
  keys: readonly string[],
  goodValues: Record<string, readonly string[]>,
): string {
  const parts: string[] = [];
  const n = int(r, 0, 5);
  for (let i = 0; i < n; i++) {
    const key =
      r() < 0.8
        ? pick(r, keys)
        : pick(r, ["x", "__proto__", "constructor", "from[]", "to%5B%5D", "日本", "", "a".repeat(300)]);
    const roll = r();
    let value: string;
    if (roll < 0.35) value = pick(r, goodValues[key] ?? ["1"]);
    else if (roll < 0.55) value = String(int(r, -1e6, 1e6));
    else if (roll < 0.9) value = pick(r, NASTY);
    else
      value = Array.from({ length: int(r, 1, 12) }, () => `%${int(r, 0, 255).toString(16).padStart(2, "0")}`).join("");
    const encodedValue = /%[0-9a-f]{2}/i.test(value) && roll >= 0.9 ? value : encodeURIComponent(value);
    parts.push(`${encodeURIComponent(key)}=${encodedValue}`);
  }
  return parts.join("&");
}
