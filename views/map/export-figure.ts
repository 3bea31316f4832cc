import type { ExportFigure } from "@/lib/export/figure";
import type { MapExportSpec } from "./export";

/**
 * Completes the map's export description in the browser: the drawn map (a standalone
 * SVG string of the current view box, with a scale bar added) and the view's URL. Kept
 * apart from map.ts so the browser chunk does not carry the server-side spec builder.
 */
export function completeMapExportFigure(
  spec: MapExportSpec,
  map: { svg: string; width: number; height: number },
  origin: string,
): ExportFigure {
  // `scale` is left out of the figure: the caller has already drawn it into `map.svg` as a scale bar.
  const { legend, path, scale, ...rest } = spec; // eslint-disable-line @typescript-eslint/no-unused-vars
  return {
    ...rest,
    panels: [{ legend, svg: map.svg, width: map.width, height: map.height }],
    viewUrl: `${origin}${path}`,
  };
}

/** A scale bar in the map's own units, placed in the lower left of the view box (on the page it is HTML, outside the SVG). */
export function buildScaleBarMarkup(
  box: { x: number; y: number; width: number; height: number },
  scale: { km: number; length: number },
  figureWidth: number,
): string {
  const unit = box.width / figureWidth; // one figure pixel in map units
  const x = box.x + 14 * unit;
  const y = box.y + box.height - 14 * unit;
  const tick = 6 * unit;
  return (
    `<g class="scale-bar" fill="none" stroke="#1d2330" stroke-width="${2 * unit}">` +
    `<path d="M${x},${y - tick}V${y}H${x + scale.length}V${y - tick}"/>` +
    `<text x="${x}" y="${y - tick - 4 * unit}" font-size="${12 * unit}" fill="#1d2330" stroke="#ffffff" stroke-width="${3 * unit}" paint-order="stroke">${scale.km} km</text></g>`
  );
}
