import type { ChartModel } from "@/lib/chart/model";
import { renderChartSvg } from "@/lib/chart/render-svg";
import { toReact } from "./svg-element";

/**
 * The static chart: the model drawn by the one static renderer. Rendered on the server
 * for first paint and readers without JavaScript; each bar reads its value on hover.
 */
export function ChartSvg({ model, idPrefix }: { model: ChartModel; idPrefix: string }) {
  return toReact(renderChartSvg(model, { links: true, idPrefix }));
}
