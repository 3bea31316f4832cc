import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";

/**
 * The site's font for preview images, read once per process from public/fonts. The image
 * library (Satori) reads TTF, OTF and WOFF but not WOFF2, so the WOFF files of Source Sans 3
 * (the same faces as the page's WOFF2, SIL OFL) sit beside them. Latin only: Satori cannot
 * shape Khmer, so preview texts are English (previewText, preview-marks.ts).
 */
const DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "public", "fonts");

export type PreviewFont = { name: string; data: Buffer; weight: 400 | 700; style: "normal" };

const read = (weight: 400 | 700): Promise<PreviewFont> =>
  readFile(path.join(DIR, `source-sans-3-latin-${weight}-normal.woff`)).then((data) => ({
    name: "Source Sans 3",
    data,
    weight,
    style: "normal",
  }));

let fonts: Promise<PreviewFont[]> | null = null;

export function getPreviewFonts(): Promise<PreviewFont[]> {
  fonts ??= Promise.all([read(400), read(700)]).catch((error: unknown) => {
    fonts = null;
    throw error;
  });
  return fonts;
}

// Started when the image route is loaded, so the first image does not wait for the disk.
getPreviewFonts().catch(() => undefined);
