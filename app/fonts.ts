import localFont from "next/font/local";

/*
 * Source Sans 3, self-hosted (SIL OFL). next/font generates a fallback face with matching
 * metrics, so swapping from the fallback to the web font does not move text (no layout
 * shift). The same files stay in public/fonts/ for the export pipeline, which embeds them
 * in exported SVGs.
 *
 * next/font preloads per call, not per face. The faces the first screen of every page uses
 * (body text 400, the current nav item 600, the site title and headings 700) are preloaded
 * here; the italic, used only further down (notes, legends), is in ./fonts-italic.ts, not
 * preloaded, and loads when text needs it. Both calls are bound to a `sans` constant because
 * next/font names the @font-face family after it: one family, four faces.
 */
export const sans = localFont({
  src: [
    { path: "../public/fonts/source-sans-3-latin-400-normal.woff2", weight: "400", style: "normal" },
    { path: "../public/fonts/source-sans-3-latin-600-normal.woff2", weight: "600", style: "normal" },
    { path: "../public/fonts/source-sans-3-latin-700-normal.woff2", weight: "700", style: "normal" },
  ],
  variable: "--font-sans",
  display: "swap",
  fallback: ["Helvetica Neue", "Arial", "sans-serif"],
  adjustFontFallback: "Arial",
});
