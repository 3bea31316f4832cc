import { ImageResponse } from "next/og";
import { getPreviewFonts } from "./fonts";

/**
 * Draws a one-pixel image at server start, so the image library's WebAssembly (layout and
 * rasteriser, shared by every image route) is compiled before the first preview image is asked
 * for, not during it: the first image of a process then takes about 0.3 s instead of 1.5 s.
 */
export async function warmPreviewImages(): Promise<void> {
  const fonts = await getPreviewFonts();
  const image = new ImageResponse(<div style={{ display: "flex", fontFamily: "Source Sans 3" }}>.</div>, {
    width: 1,
    height: 1,
    fonts,
  });
  await image.arrayBuffer();
}
