/**
 * Writes the colour rules of app/globals.css from lib/chart/palette.ts, the one place the palette
 * is written (`npm run palette:css` after changing it). CSS cannot share one declaration block
 * between a chosen dark theme (an attribute) and a system that prefers dark (a media query), so
 * the stylesheet holds the dark values twice; both copies come from here, and
 * tests/unit/theme-palette.test.ts fails when the stylesheet and the palette differ.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { PALETTE, type ThemeName } from "../lib/chart/palette";

const FILE = "app/globals.css";
const BEGIN = "/* palette:begin";
const END = "/* palette:end */";

const rule = (selectors: string[], theme: ThemeName, indent: string) =>
  [
    `${selectors.map((s) => indent + s).join(",\n")} {`,
    `${indent}  color-scheme: ${theme};`,
    ...Object.values(PALETTE).map((t) => `${indent}  ${t.css}: ${t[theme]};`),
    `${indent}}`,
  ].join("\n");

const rules = `${BEGIN}: written by scripts/palette-css.ts from lib/chart/palette.ts; change the palette there. */
${rule([":root", '[data-theme="light"]', '[data-theme="auto"]'], "light", "")}

/* Screen only: a printed page always uses the light design (app/print.css). */
@media screen {
${rule(['[data-theme="dark"]'], "dark", "  ")}
}

@media screen and (prefers-color-scheme: dark) {
${rule([':root:not([data-theme="light"])', '[data-theme="auto"]'], "dark", "  ")}
}
${END}`;

const css = readFileSync(FILE, "utf8");
const start = css.indexOf(BEGIN);
const end = css.indexOf(END);
if (start < 0 || end < start) throw new Error(`${FILE}: the ${BEGIN} … ${END} markers are missing`);
writeFileSync(FILE, css.slice(0, start) + rules + css.slice(end + END.length));
console.log(`${FILE}: ${Object.keys(PALETTE).length} tones, light and dark`);
