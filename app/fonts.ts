import localFont from "next/font/local";

/**
 * Source Sans 3, self-hosted (SIL OFL). next/font preloads it and generates a fallback
 * face with matching metrics, so swapping from the fallback to the web font does not
 * move text (no layout shift). The same files stay in public/fonts/ for the export
 * pipeline, which embeds them in exported SVGs.
 */
export const sans = localFont({
  src: [
    { path: "../public/fonts/source-sans-3-latin-400-normal.woff2", weight: "400", style: "normal" },
    { path: "../public/fonts/source-sans-3-latin-400-italic.woff2", weight: "400", style: "italic" },
    { path: "../public/fonts/source-sans-3-latin-600-normal.woff2", weight: "600", style: "normal" },
    { path: "../public/fonts/source-sans-3-latin-700-normal.woff2", weight: "700", style: "normal" },
  ],
  variable: "--font-sans",
  display: "swap",
  fallback: ["Helvetica Neue", "Arial", "sans-serif"],
  adjustFontFallback: "Arial",
});
