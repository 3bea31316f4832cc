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
    // decode() resolves once the SVG document, including its data: fonts, is ready to draw.
    await img.decode();
  } catch {
    throw new ExportError("The browser could not read the figure's SVG, so no PNG was made.");
  }
  return img;
}

/**
 * Draws a standalone SVG onto a canvas at `density` and encodes a PNG. The SVG is
 * drawn scaled, not the canvas, so text and lines are rasterised at full resolution.
 */
export async function rasterizeSvg(svg: string, width: number, height: number, density: number): Promise<Blob> {
  const size = checkCanvasSize(width, height, density);
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml;charset=utf-8" }));
  try {
    const img = await loadImage(url);
    performance.mark("export:decoded");
    const canvas = document.createElement("canvas");
    canvas.width = size.width;
    canvas.height = size.height;
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new ExportError("The browser refused a drawing surface of this size. Choose a smaller size.");
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, size.width, size.height);
    ctx.drawImage(img, 0, 0, size.width, size.height);
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
