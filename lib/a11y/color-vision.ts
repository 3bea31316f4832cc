/**
 * Colour-vision simulation and colour distance.
 *
 * Simulation: Machado, Oliveira & Fernandes (2009), "A Physiologically-based Model for Simulation
 * of Color Vision Deficiency", IEEE TVCG 15(6), the severity-1.0 matrices (full dichromacy) from the
 * authors' published table. They operate on linear RGB, so sRGB is linearised first and the result
 * clamped to the gamut before it is encoded again.
 *
 * Distance: CIE 1976 ΔE*ab in CIELAB (D65 white), the measure the chart requirement is stated in.
 */
export type Rgb = readonly [number, number, number];
export type Deficiency = "protanopia" | "deuteranopia" | "tritanopia";
type Matrix = readonly [Rgb, Rgb, Rgb];

export const MACHADO_2009: Record<Deficiency, Matrix> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};
export const DEFICIENCIES: readonly Deficiency[] = ["protanopia", "deuteranopia", "tritanopia"];

/** "#1f77b4" → [31, 119, 180]; anything but a six-digit hex colour is an error, not a guess. */
export function parseHex(hex: string): Rgb {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const [, r = "", g = "", b = ""] = m;
  return [parseInt(r, 16), parseInt(g, 16), parseInt(b, 16)];
}

const toLinear = (c: number) => {
  const v = c / 255;
  return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
};
const toSrgb = (v: number) => {
  const c = Math.min(1, Math.max(0, v));
  return 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * Math.pow(c, 1 / 2.4) - 0.055);
};

const apply = (m: Matrix, v: Rgb): Rgb => [
  m[0][0] * v[0] + m[0][1] * v[1] + m[0][2] * v[2],
  m[1][0] * v[0] + m[1][1] * v[1] + m[1][2] * v[2],
  m[2][0] * v[0] + m[2][1] * v[1] + m[2][2] * v[2],
];

/** The sRGB colour (0–255 per channel) a dichromat of the given kind is modelled to see. */
export function simulate(rgb: Rgb, deficiency: Deficiency): Rgb {
  const lin = apply(MACHADO_2009[deficiency], [toLinear(rgb[0]), toLinear(rgb[1]), toLinear(rgb[2])]);
  return [toSrgb(lin[0]), toSrgb(lin[1]), toSrgb(lin[2])];
}

// sRGB (linear) → XYZ, D65, IEC 61966-2-1.
const RGB_TO_XYZ: Matrix = [
  [0.4124564, 0.3575761, 0.1804375],
  [0.2126729, 0.7151522, 0.072175],
  [0.0193339, 0.119192, 0.9503041],
];
const WHITE: Rgb = [0.95047, 1, 1.08883];

export function toLab(rgb: Rgb): Rgb {
  const xyz = apply(RGB_TO_XYZ, [toLinear(rgb[0]), toLinear(rgb[1]), toLinear(rgb[2])]);
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 / 116) * t + 16 / 116);
  const [fx, fy, fz] = [f(xyz[0] / WHITE[0]), f(xyz[1] / WHITE[1]), f(xyz[2] / WHITE[2])];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

export function deltaE76(a: Rgb, b: Rgb): number {
  const [la, lb] = [toLab(a), toLab(b)];
  return Math.hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]);
}

/** ΔE between two hex colours as seen with typical vision and under each simulated dichromacy. */
export function distances(hexA: string, hexB: string): Record<"normal" | Deficiency, number> {
  const [a, b] = [parseHex(hexA), parseHex(hexB)];
  return {
    normal: deltaE76(a, b),
    protanopia: deltaE76(simulate(a, "protanopia"), simulate(b, "protanopia")),
    deuteranopia: deltaE76(simulate(a, "deuteranopia"), simulate(b, "deuteranopia")),
    tritanopia: deltaE76(simulate(a, "tritanopia"), simulate(b, "tritanopia")),
  };
}

/** The smallest of those distances: what the worst-served reader gets. */
export function minDistance(hexA: string, hexB: string): number {
  return Math.min(...Object.values(distances(hexA, hexB)));
}

/** WCAG 2.x contrast ratio between two sRGB colours (relative luminance, 1:1 to 21:1). */
export function contrastRatio(hexA: string, hexB: string): number {
  const lum = (hex: string) => {
    const [r, g, b] = parseHex(hex).map(toLinear) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [a, b] = [lum(hexA), lum(hexB)];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}
