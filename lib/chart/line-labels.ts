import { estimateLabelWidth } from "./marker-labels";

/** A line's name at its end: beside its last drawn point, moved apart from the others' names. */
export type LineLabel = { series: string; text: string; x: number; y: number; color: string };

type LineEnd = LineLabel;

/** Room a panel's line names need right of the plot, in SVG units (0 when none is drawn). */
export const lineLabelRoom = (texts: readonly string[], fontSize: number) =>
  texts.length === 0 ? 0 : Math.ceil(Math.max(...texts.map((t) => estimateLabelWidth(t, fontSize)))) + 6;

/**
 * Names each line at its last point, then moves the names apart vertically (top to bottom,
 * each at least a line of text below the one above), and back up from the plot's bottom if
 * the last would fall under it, so no two names overlap and each stays next to its line.
 * `y` is the text's middle; the renderer centres the text on it.
 */
export function placeLineLabels(
  ends: readonly LineEnd[],
  { fontSize, top, bottom }: { fontSize: number; top: number; bottom: number },
): LineLabel[] {
  const gap = fontSize + 2;
  const out = [...ends].map((e) => ({ ...e })).sort((a, b) => a.y - b.y);
  for (let i = 0; i < out.length; i++) {
    const min = i === 0 ? top + gap / 2 : out[i - 1]!.y + gap;
    out[i]!.y = Math.max(out[i]!.y, min);
  }
  for (let i = out.length - 1; i >= 0; i--) {
    const max = i === out.length - 1 ? bottom - gap / 2 : out[i + 1]!.y - gap;
    out[i]!.y = Math.min(out[i]!.y, max);
  }
  return out.map((l) => ({ ...l, y: Math.round(l.y * 10) / 10 }));
}
