import type { Page } from "@playwright/test";

/**
 * The page point over a year's slot in a visible static chart (its root carries the slots in
 * SVG units: data-x0, data-step, data-first), at `height` of the chart's height from its top.
 */
export async function yearPoint(
  page: Page,
  year: number,
  { size, height }: { size: "wide" | "narrow"; height: number },
): Promise<{ x: number; y: number }> {
  const svg = page.locator(`svg.chart-static--${size}`).first();
  const box = await svg.boundingBox();
  const slots = await svg.evaluate((el: SVGSVGElement) => ({
    x0: Number(el.dataset.x0),
    step: Number(el.dataset.step),
    first: Number(el.dataset.first),
    width: el.viewBox.baseVal.width,
  }));
  if (!box) throw new Error("no chart");
  const scale = box.width / slots.width;
  return { x: box.x + (slots.x0 + (year - slots.first + 0.5) * slots.step) * scale, y: box.y + box.height * height };
}
