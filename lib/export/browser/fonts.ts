import type { MeasureText } from "../text-layout";

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
  const cssFor = (markup: string) =>
    rules
      .filter((r) =>
        r.style === "italic"
          ? /font-style="italic"/.test(markup)
          : r.weight === 600
            ? /font-weight="600"/.test(markup)
            : true,
      )
      .map((r) => r.css)
      .join("");
  const ctx = document.createElement("canvas").getContext("2d");
  const measure: MeasureText = (text, size, weight) => {
    if (!ctx) return text.length * size * 0.6;
    ctx.font = `${weight} ${size}px "${MEASURE_FAMILY}"`;
    return ctx.measureText(text).width;
  };
  return { cssFor, measure };
}

/**
 * Faces for the province names' scripts. Fetched only when an export's text contains that script
 * (a Khmer or Thai view of the map), then embedded so the file shows the same glyphs anywhere.
 */
const SCRIPT_FONTS = [
  {
    family: "Noto Sans Khmer",
    test: /[\u1780-\u17FF\u19E0-\u19FF]/,
    url: "/fonts/noto-sans-khmer-khmer-400-normal.woff2",
  },
  { family: "Noto Sans Thai", test: /[\u0E00-\u0E7F]/, url: "/fonts/noto-sans-thai-thai-400-normal.woff2" },
] as const;
const scriptCss = new Map<string, Promise<string>>();

async function scriptFace(f: (typeof SCRIPT_FONTS)[number]): Promise<string> {
  const res = await fetch(f.url);
  if (!res.ok) throw new Error(`Could not load the font ${f.url} (${res.status}).`);
  const uri = await toDataUri(await res.arrayBuffer());
  return `@font-face{font-family:"${f.family}";font-style:normal;font-weight:400;src:url(${uri}) format("woff2");}`;
}

/** `@font-face` rules for the non-Latin scripts a piece of export text uses ("" when it uses none). */
export async function scriptFontCss(text: string): Promise<string> {
  const needed = SCRIPT_FONTS.filter((f) => f.test.test(text));
  const rules = await Promise.all(
    needed.map((f) => {
      let hit = scriptCss.get(f.family);
      if (!hit) {
        hit = scriptFace(f);
        scriptCss.set(f.family, hit);
        hit.catch(() => scriptCss.delete(f.family));
      }
      return hit;
    }),
  );
  return rules.join("");
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
