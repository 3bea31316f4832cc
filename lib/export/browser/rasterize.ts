import type { FontProbe } from "./fonts";

/** Above this many pixels some browsers (iOS Safari above all) return blank or no canvas. */
const MAX_PIXELS = 16_000_000;
/** The longest canvas side every current browser draws. */
const MAX_SIDE = 16_384;

/** An export failure with a message meant for the reader. */
export class ExportError extends Error {}

function checkCanvasSize(width: number, height: number, density: number): { width: number; height: number } {
  const w = Math.round(width * density);
  const h = Math.round(height * density);
  if (w * h > MAX_PIXELS || w > MAX_SIDE || h > MAX_SIDE) {
    throw new ExportError(
      `At ${density}× this figure would be ${w} × ${h} pixels (${((w * h) / 1e6).toFixed(1)} megapixels), more than the ` +
        `${MAX_PIXELS / 1e6}-megapixel limit browsers draw reliably. Choose a smaller size.`,
    );
  }
  return { width: w, height: h };
}

async function loadImage(url: string): Promise<HTMLImageElement> {
  const img = new Image();
  img.src = url;
  try {
    // decode() resolves once the SVG document is parsed; its data: fonts may still be loading.
    await img.decode();
  } catch {
    throw new ExportError("The browser could not read the figure's SVG, so no PNG was made.");
  }
  return img;
}

/**
 * Drawing the figure waits for its fonts. Text in a face that has not loaded yet is drawn
 * invisible, and an SVG inside <img> loads its data: fonts on its own schedule, after decode(); a
 * PNG drawn then has bare swatches where the legend was. So the SVG goes to the canvas with a strip
 * below the figure holding one test glyph per face it uses, and the PNG is made only once every
 * glyph in the strip has drawn the size the same face draws it in the page (an invisible glyph has
 * no ink; a fallback font draws another shape). Until then it is drawn again, for up to ~6 s.
 */
const PROBE_SIZE = 32;
const PROBE_CELL = 96;
const PROBE_STRIP = 48;
const PROBE_BASELINE = 38;
const RETRY_DELAYS_MS = [0, 16, 32, 50, 100, 150, 200, 300, 400, 500, 600, 800, 1000, 1200, 1200];

type InkBox = { width: number; height: number } | null;

function inkBox(data: ImageData, x0: number, y0: number, w: number, h: number): InkBox {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let y = y0; y < y0 + h; y++)
    for (let x = x0; x < x0 + w; x++) {
      const i = (y * data.width + x) * 4;
      if (Math.min(data.data[i]!, data.data[i + 1]!, data.data[i + 2]!) < 160) {
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
    }
  return maxX < 0 ? null : { width: maxX - minX + 1, height: maxY - minY + 1 };
}

const fontOf = (p: FontProbe, size: number, family: string) =>
  `${p.style === "italic" ? "italic " : ""}${p.weight} ${size}px "${family}"`;

/** How each probe glyph looks in the page, drawn with the face's own bytes (the reference). */
async function referenceBoxes(probes: FontProbe[], density: number): Promise<InkBox[]> {
  const size = PROBE_SIZE * density;
  const canvas = document.createElement("canvas");
  canvas.width = PROBE_CELL * density;
  canvas.height = PROBE_STRIP * density;
  const ctx = canvas.getContext("2d", { willReadFrequently: true });
  if (!ctx) throw new ExportError("The browser refused a drawing surface for checking the fonts.");
  const boxes: InkBox[] = [];
  for (const p of probes) {
    await document.fonts.load(fontOf(p, size, p.docFamily), p.glyph);
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.fillStyle = "#000000";
    ctx.font = fontOf(p, size, p.docFamily);
    ctx.fillText(p.glyph, 4 * density, PROBE_BASELINE * density);
    const box = inkBox(ctx.getImageData(0, 0, canvas.width, canvas.height), 0, 0, canvas.width, canvas.height);
    if (!box) throw new ExportError(`The font ${p.family} did not draw in this browser, so no PNG was made.`);
    boxes.push(box);
  }
  return boxes;
}

/** The figure with the strip of test glyphs below it (the figure's own <style> declares the faces). */
function withProbeStrip(svg: string, width: number, height: number, probes: FontProbe[]): string {
  const inner = svg.replace(/^<\?xml[^>]*>\s*/, "");
  const glyphs = probes
    .map((p, i) => {
      const text = p.glyph.replace(/&/g, "&amp;").replace(/</g, "&lt;");
      return `<text x="${i * PROBE_CELL + 4}" y="${height + PROBE_BASELINE}" font-family="'${p.family}'" font-size="${PROBE_SIZE}" font-weight="${p.weight}" font-style="${p.style}" fill="#000000">${text}</text>`;
    })
    .join("");
  const total = height + PROBE_STRIP;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}">${inner}<rect y="${height}" width="${width}" height="${PROBE_STRIP}" fill="#ffffff"/>${glyphs}</svg>`;
}

const close = (a: InkBox, b: InkBox, density: number) =>
  !!a &&
  !!b &&
  Math.abs(a.width - b.width) <= Math.max(2 * density, b.width * 0.15) &&
  Math.abs(a.height - b.height) <= Math.max(2 * density, b.height * 0.15);

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Draws a standalone SVG onto a canvas at `density` and encodes a PNG, once every face in `probes`
 * has been seen drawn. The SVG is drawn scaled, not the canvas, so text and lines are rasterised at
 * full resolution.
 */
export async function rasterizeSvg(
  svg: string,
  width: number,
  height: number,
  density: number,
  probes: FontProbe[] = [],
): Promise<Blob> {
  const size = checkCanvasSize(width, height, density);
  const strip = Math.round(PROBE_STRIP * density);
  const reference = await referenceBoxes(probes, density);
  const url = URL.createObjectURL(
    new Blob([withProbeStrip(svg, width, height, probes)], { type: "image/svg+xml;charset=utf-8" }),
  );
  try {
    const work = document.createElement("canvas");
    work.width = size.width;
    work.height = size.height + strip;
    const ctx = work.getContext("2d", { willReadFrequently: true });
    if (!ctx) throw new ExportError("The browser refused a drawing surface of this size. Choose a smaller size.");
    let img = await loadImage(url);
    performance.mark("export:decoded");
    let drawn = false;
    for (const [attempt, delay] of RETRY_DELAYS_MS.entries()) {
      await wait(delay);
      // Every few tries a fresh image: a document whose font load stalled does not always recover.
      if (attempt > 0 && attempt % 4 === 0) img = await loadImage(url);
      ctx.fillStyle = "#ffffff";
      ctx.fillRect(0, 0, work.width, work.height);
      ctx.drawImage(img, 0, 0, work.width, work.height);
      const data = ctx.getImageData(0, size.height, work.width, strip);
      const cell = Math.round(PROBE_CELL * density);
      drawn = probes.every((_, i) =>
        close(inkBox(data, i * cell, 0, Math.min(cell, work.width - i * cell), strip), reference[i] ?? null, density),
      );
      if (drawn) break;
    }
    if (!drawn)
      throw new ExportError(
        "The figure's fonts did not finish loading, so no PNG was made (it would have been missing text). Try again.",
      );
    performance.mark("export:fonts-drawn");
    const canvas = document.createElement("canvas");
    canvas.width = size.width;
    canvas.height = size.height;
    const out = canvas.getContext("2d");
    if (!out) throw new ExportError("The browser refused a drawing surface of this size. Choose a smaller size.");
    out.drawImage(work, 0, 0, size.width, size.height, 0, 0, size.width, size.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
    if (!blob)
      throw new ExportError(
        "The browser could not encode the PNG (probably a canvas size limit). Choose a smaller size.",
      );
    return blob;
  } finally {
    URL.revokeObjectURL(url);
  }
}
