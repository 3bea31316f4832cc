/** Width in px of a text run at a size and weight. The browser passes a canvas-based measure with the embedded font. */
export type MeasureText = (text: string, fontSize: number, weight: 400 | 700) => number;

const NARROW = new Set("il.,:;'!|()[]/ ");
const WIDE = new Set("mwMW@%&");

/**
 * A deliberately generous width estimate for Source Sans 3, used where no canvas is
 * available (unit tests, server). Overestimating only wraps text a little early; it
 * never lets a line run past the figure's edge.
 */
export const estimateTextWidth: MeasureText = (text, fontSize, weight) => {
  let em = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) em += 0.28;
    else if (WIDE.has(ch)) em += 0.85;
    else if (/[A-Z0-9]/.test(ch)) em += 0.62;
    else em += 0.53;
  }
  return em * fontSize * (weight === 700 ? 1.06 : 1);
};

/** Greedy word wrap; a single word longer than the line (a long URL) gets a line of its own. */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  weight: 400 | 700,
  measure: MeasureText,
): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && measure(candidate, fontSize, weight) > maxWidth) {
        lines.push(line);
        line = word;
      } else {
        line = candidate;
      }
    }
    if (line) lines.push(line);
  }
  return lines;
}

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c] ?? c,
  );
}
