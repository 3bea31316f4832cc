import { useCallback } from "react";
import type { FigureSizes } from "@/lib/chart/figures";
import type { ChartModel } from "@/lib/chart/model";
import { renderChartSvg } from "@/lib/chart/render-svg";
import { registerStaticLines } from "./static-lines";
import { toReactWithMarkup } from "./svg-element";

/**
 * The static chart: the model drawn by the one static renderer. Rendered on the server for
 * first paint and readers without JavaScript, and at hydration by the client component that
 * built the model (static-*-figure(s).tsx); each bar reads its value on hover.
 * It is an image (role="img"), so it holds no links: the event markers' links are the
 * list under the chart (ChartEventList), and the interactive chart's marker labels.
 */
function ChartSvg({ model, idPrefix }: { model: ChartModel; idPrefix: string }) {
  // The lines' values per year, for the first tip over a figure of lines (static-lines.ts).
  const register = useCallback((svg: Element | null) => registerStaticLines(svg, model), [model]);
  return toReactWithMarkup(renderChartSvg(model, { links: false, idPrefix }), register);
}

/** Both sizes of a figure (CSS shows the one that fits the screen), with ids `${id}-w` and `${id}-n`. */
export function ChartSvgSizes({ figure, id }: { figure: FigureSizes; id: string }) {
  return (
    <>
      <ChartSvg model={figure.wide} idPrefix={`${id}-w`} />
      <ChartSvg model={figure.narrow} idPrefix={`${id}-n`} />
    </>
  );
}
