import type { LegendEntry } from "@/lib/chart/legend";
import { THEME } from "@/lib/chart/theme";
import type { MapParams } from "@/lib/map/settings";

const M = THEME.map;

/**
 * The terms' "15 degrees G" is a latitude in grades (gon), the unit of French maps of the time:
 * a reader who has never met the grade needs the gloss, not only "15 grades".
 */
const TREATY_LINE_LABEL =
  "Treaty line — approximate: meridian ≈103.8°E from the Tonle Sap, then ≈13.5°N east to the Mekong. The terms' “15 degrees G” is 15 grades: the grade, 1/400 of a circle, used on French maps; 15 grades = 13.5°";

/** Who ceded the area, without brackets inside the legend's brackets. */
const CEDED_BY: Record<MapParams["account"], string> = {
  treaty: "under the treaty terms of 11 March 1941",
  encyclopedia: "in the encyclopedia account",
};

/**
 * The map's legend for a phase and account: one list for the page's legend and the export,
 * drawn by the charts' swatches. The hatches are the map's own patterns (#hatch-ceded,
 * #hatch-disputed), defined in the map SVG on the page and in the exported copy.
 */
export function buildMapLegend(params: MapParams): LegendEntry[] {
  if (params.phase === "before")
    return [
      {
        label: "Cambodia, French protectorate (before 1941); today's province borders shown for reference",
        color: M.protectorate,
        shape: "area",
      },
    ];
  if (params.phase === "today")
    return [
      { label: "Kingdom of Cambodia today (modern provinces)", color: M.modern, shape: "area" },
      {
        label: "Area annexed 1941 under the treaty terms, returned under the Washington settlement of 17 November 1946",
        color: M.ceded,
        shape: "line",
        dash: "6 3",
      },
    ];
  return [
    { label: `Ceded to Thailand 1941–46, ${CEDED_BY[params.account]}`, color: M.ceded, shape: "area" },
    ...(params.account === "treaty"
      ? [
          {
            label: "Partly ceded: hatched part inside the treaty rule",
            color: "url(#hatch-ceded)",
            shape: "area" as const,
          },
        ]
      : []),
    { label: "Retained by French Cambodia", color: M.retained, shape: "area" },
    { label: "Accounts disagree (Koh Kong, the line): see details", color: "url(#hatch-disputed)", shape: "area" },
    { label: TREATY_LINE_LABEL, color: M.treatyLine, shape: "line", dash: "7 4" },
    { label: "15°N parallel: north of today's Cambodia", color: M.disputed, shape: "line", dash: "2 4" },
  ];
}
