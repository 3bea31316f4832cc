import localFont from "next/font/local";

/*
 * The italic face of the `sans` family (see ./fonts.ts): the constant has the same name so
 * next/font gives the @font-face the same family. Not preloaded; its fallback is the
 * metric-matched face generated for the upright faces.
 */
const sans = localFont({
  src: [{ path: "../public/fonts/source-sans-3-latin-400-italic.woff2", weight: "400", style: "italic" }],
  // Unused by the CSS; setting its class on <html> is what puts this face's @font-face in the page.
  variable: "--font-sans-italic",
  display: "swap",
  preload: false,
  adjustFontFallback: false,
});

export const sansItalic = sans;
