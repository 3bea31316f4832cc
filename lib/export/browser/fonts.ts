import { JAPANESE_FONT_FILES } from "@/lib/fonts/japanese-font-files";
import type { MeasureText } from "@/lib/chart/text-layout";

/**
 * A face the rasteriser must see drawn before it trusts a PNG: `family` as the SVG names it,
 * `docFamily` the same bytes registered in the page (drawn on a canvas as the reference), and a
 * glyph the face holds.
 */
export type FontProbe = { family: string; docFamily: string; weight: number; style: string; glyph: string };

/** The self-hosted faces; each is embedded whole (latin subset, ~16 KB) when the figure uses it. */
const FONT_FILES = [
  { weight: 400, style: "normal", url: "/fonts/source-sans-3-latin-400-normal.woff2" },
  { weight: 700, style: "normal", url: "/fonts/source-sans-3-latin-700-normal.woff2" },
  { weight: 600, style: "normal", url: "/fonts/source-sans-3-latin-600-normal.woff2" },
  { weight: 400, style: "italic", url: "/fonts/source-sans-3-latin-400-italic.woff2" },
] as const;
/** A private family name for measuring, registered from the very bytes embedded in the SVG. */
const MEASURE_FAMILY = "Export Source Sans 3";

export type ExportFonts = {
  /** `@font-face` rules for the faces a piece of SVG markup uses (400 and 700 always: the figure's own text). */
  cssFor: (markup: string) => string;
  /** One probe per face `cssFor` embeds for the same markup. */
  probesFor: (markup: string) => FontProbe[];
  measure: MeasureText;
};

function toDataUri(buffer: ArrayBuffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error("Could not read the font file."));
    reader.readAsDataURL(new Blob([buffer], { type: "font/woff2" }));
  });
}

async function load(): Promise<ExportFonts> {
  const files = await Promise.all(
    FONT_FILES.map(async (f) => {
      const res = await fetch(f.url);
      if (!res.ok) throw new Error(`Could not load the font ${f.url} (${res.status}).`);
      return { ...f, buffer: await res.arrayBuffer() };
    }),
  );
  // Measuring with the same font data as the SVG embeds keeps wrapped lines inside the figure.
  await Promise.all(
    files.map(async (f) => {
      const face = new FontFace(MEASURE_FAMILY, f.buffer.slice(0), { weight: String(f.weight), style: f.style });
      document.fonts.add(await face.load());
    }),
  );
  const rules = await Promise.all(
    files.map(async (f) => ({
      ...f,
      css: `@font-face{font-family:"Source Sans 3";font-style:${f.style};font-weight:${f.weight};src:url(${await toDataUri(f.buffer)}) format("woff2");}`,
    })),
  );
  const used = (markup: string) =>
    rules.filter((r) =>
      r.style === "italic"
        ? /font-style="italic"/.test(markup)
        : r.weight === 600
          ? /font-weight="600"/.test(markup)
          : true,
    );
  const cssFor = (markup: string) =>
    used(markup)
      .map((r) => r.css)
      .join("");
  const probesFor = (markup: string): FontProbe[] =>
    used(markup).map((r) => ({
      family: "Source Sans 3",
      docFamily: MEASURE_FAMILY,
      weight: r.weight,
      style: r.style,
      glyph: "Hg",
    }));
  const ctx = document.createElement("canvas").getContext("2d");
  const measure: MeasureText = (text, size, weight) => {
    if (!ctx) return text.length * size * 0.6;
    ctx.font = `${weight} ${size}px "${MEASURE_FAMILY}"`;
    return ctx.measureText(text).width;
  };
  return { cssFor, probesFor, measure };
}

/**
 * Faces for the scripts beyond Latin: Khmer and Thai province names, the Japanese of source titles
 * (a subset of exactly the characters the product writes, in several small files: see
 * scripts/build-fonts.mjs). Fetched only when an export's text contains that script, then embedded
 * so the file shows the same glyphs anywhere.
 */
const SCRIPT_FONTS = [
  {
    family: "Noto Sans Khmer",
    test: /[\u1780-\u17FF\u19E0-\u19FF]/,
    files: [
      { url: "/fonts/noto-sans-khmer-khmer-400-normal.woff2", range: "U+1780-17FF,U+19E0-19FF,U+200C-200D,U+25CC" },
    ],
  },
  {
    family: "Noto Sans Thai",
    test: /[\u0E00-\u0E7F]/,
    files: [{ url: "/fonts/noto-sans-thai-thai-400-normal.woff2", range: "U+0E01-0E5B,U+200C-200D,U+25CC" }],
  },
  {
    family: "Noto Sans JP",
    test: /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u,
    files: JAPANESE_FONT_FILES.map((f) => ({ url: f.url, range: rangeOf(f.chars) })),
  },
] as const;

function rangeOf(chars: string): string {
  return [...chars].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`).join(",");
}

type LoadedScript = { css: string; probe: FontProbe };
const scriptCache = new Map<string, Promise<LoadedScript>>();

async function scriptFace(f: (typeof SCRIPT_FONTS)[number], glyph: string): Promise<LoadedScript> {
  const files = await Promise.all(
    f.files.map(async (file) => {
      const res = await fetch(file.url);
      if (!res.ok) throw new Error(`Could not load the font ${file.url} (${res.status}).`);
      return { ...file, buffer: await res.arrayBuffer() };
    }),
  );
  const docFamily = `Export ${f.family}`;
  // The same bytes under a private name in the page: the reference the rasteriser checks against.
  await Promise.all(
    files.map(async (file) => {
      const face = new FontFace(docFamily, file.buffer.slice(0), { unicodeRange: file.range });
      document.fonts.add(await face.load());
    }),
  );
  const rules = await Promise.all(
    files.map(
      async (file) =>
        `@font-face{font-family:"${f.family}";font-style:normal;font-weight:400;src:url(${await toDataUri(file.buffer)}) format("woff2");unicode-range:${file.range};}`,
    ),
  );
  return { css: rules.join(""), probe: { family: f.family, docFamily, weight: 400, style: "normal", glyph } };
}

/** A character of the script in `text` that its face must draw (for Japanese, one the subset holds). */
function probeGlyph(f: (typeof SCRIPT_FONTS)[number], text: string): string {
  const chars = [...text].filter((c) => f.test.test(c) && f.files.some((file) => rangeHas(file.range, c)));
  return chars[0] ?? "";
}

function rangeHas(range: string, ch: string): boolean {
  const cp = ch.codePointAt(0)!;
  return range.split(",").some((r) => {
    const [a = "", b] = r.replace(/^U\+/, "").split("-");
    return cp >= parseInt(a, 16) && cp <= parseInt(b ?? a, 16);
  });
}

/**
 * `@font-face` rules for the non-Latin scripts a piece of export text uses ("" when it uses none),
 * and one probe per script for the rasteriser to check that the face has drawn.
 */
export async function scriptFonts(text: string): Promise<{ css: string; probes: FontProbe[] }> {
  const needed = SCRIPT_FONTS.map((f) => ({ f, glyph: probeGlyph(f, text) })).filter((n) => n.glyph);
  const loaded = await Promise.all(
    needed.map(({ f, glyph }) => {
      const key = `${f.family}:${glyph}`;
      let hit = scriptCache.get(key);
      if (!hit) {
        hit = scriptFace(f, glyph);
        scriptCache.set(key, hit);
        hit.catch(() => scriptCache.delete(key));
      }
      return hit;
    }),
  );
  return { css: loaded.map((l) => l.css).join(""), probes: loaded.map((l) => l.probe) };
}

let cached: Promise<ExportFonts> | null = null;

/** Fetches and encodes the fonts once per page; a failure is not cached, so a retry can succeed. */
export function loadExportFonts(): Promise<ExportFonts> {
  cached ??= load().catch((error: unknown) => {
    cached = null;
    throw error;
  });
  return cached;
}
