import type { LegendEntry } from "@/lib/chart/legend";
import { buildSwatch, legendHatch } from "@/lib/chart/render-svg";
import { h } from "@/lib/chart/svg-node";
import { toReact } from "./svg-element";

/** The HTML legend of a chart or the map: the same entries and swatches the export draws. */
export function ChartLegend({
  entries,
  label,
  className,
}: {
  entries: readonly LegendEntry[];
  label: string;
  className?: string;
}) {
  return (
    <ul className={className ? `legend ${className}` : "legend"} aria-label={label}>
      {entries.map((e) => (
        <li key={e.label}>
          {toReact(
            h(
              "svg",
              { class: "legend-swatch", width: 18, height: 14, viewBox: "0 0 18 14", "aria-hidden": "true" },
              e.hatched ? h("defs", {}, legendHatch("legend-hatch")) : false,
              ...buildSwatch(e),
            ),
          )}
          <span>{e.label}</span>
        </li>
      ))}
    </ul>
  );
}
