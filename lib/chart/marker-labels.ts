/**
 * Places event-marker labels on rows above the plot so that no two overlap. Each label
 * takes the first row where it fits; if none has room it goes on the row that ends
 * first, moved right just past that row's last label (its dashed line stays on its
 * year). A label that would run past `maxX` is drawn leftwards from its line instead.
 * Widths are estimated from the text (bold 12 px ≈ 0.56 em per character).
 */
export type LabelInput = { x: number; label: string };
export type PlacedLabel = { row: number; labelX: number; anchor: "start" | "end" };

export const estimateLabelWidth = (text: string, fontSize: number) => text.length * fontSize * 0.56 + 4;

export function placeMarkerLabels<T extends LabelInput>(
  markers: readonly T[],
  { rows, maxX, fontSize }: { rows: number; maxX: number; fontSize: number },
): (T & PlacedLabel)[] {
  const rowEnds: number[] = [];
  const PAD = 3;
  return markers.map((m) => {
    const w = estimateLabelWidth(m.label, fontSize);
    const anchor: "start" | "end" = m.x + PAD + w > maxX ? "end" : "start";
    const left = anchor === "end" ? m.x - PAD - w : m.x + PAD;
    let row = rowEnds.findIndex((end) => end + PAD <= left);
    let shift = 0;
    if (row < 0) {
      if (rowEnds.length < rows) row = rowEnds.length;
      else {
        row = rowEnds.indexOf(Math.min(...rowEnds));
        shift = Math.max(0, (rowEnds[row] ?? 0) + PAD - left);
      }
    }
    const labelLeft = left + shift;
    rowEnds[row] = labelLeft + w;
    const labelX = anchor === "end" ? labelLeft + w : labelLeft;
    return { ...m, row, labelX: Math.round(labelX * 10) / 10, anchor };
  });
}
