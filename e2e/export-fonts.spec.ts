import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { button, download } from "./support/export";
import { inspectPng } from "./support/png";

/**
 * Where each legend label of a downloaded export SVG is drawn, in the figure's units. Read from
 * the markup here, not parsed in the page: the file's <style> is not the page's to apply.
 */
function legendLabels(svg: string) {
  return [
    ...svg.matchAll(
      /<g class="legend-entry">.*?<text x="([\d.]+)" y="([\d.]+)" font-size="([\d.]+)"[^>]*>([^<]*)<\/text>/g,
    ),
  ].map((m) => ({ x: Number(m[1]), y: Number(m[2]), size: Number(m[3]), label: m[4]! }));
}

/**
 * Dark pixels in the box where each legend label's first letters are drawn (decoded by the
 * browser). A label drawn before its font was ready is missing entirely: its box is blank.
 */
async function inkPerLabel(
  page: Page,
  png: Buffer,
  density: number,
  labels: { x: number; y: number; size: number }[],
): Promise<number[]> {
  return page.evaluate(
    async ({ b64, density, labels }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement("canvas");
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext("2d")!;
      ctx.drawImage(img, 0, 0);
      return labels.map((l) => {
        const x = Math.round(l.x * density);
        const y = Math.round((l.y - l.size) * density);
        const { data } = ctx.getImageData(x, y, Math.round(40 * density), Math.round((l.size + 3) * density));
        let dark = 0;
        for (let i = 0; i < data.length; i += 4)
          if (0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]! < 128) dark++;
        return dark;
      });
    },
    { b64: png.toString("base64"), density, labels },
  );
}

for (const names of ["km", "th"] as const) {
  test(`ten PNG exports of /map?names=${names} in one page all have their legend text`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto(`/map?names=${names}`);
    const svg = (await download(page, button(page, "SVG"))).bytes.toString("utf8");
    const labels = legendLabels(svg);
    expect(labels.length).toBeGreaterThan(2);
    // The figure carries the names' script, so the export must embed and draw that face too.
    expect(svg).toContain(names === "km" ? "Noto Sans Khmer" : "Noto Sans Thai");
    for (let i = 0; i < 10; i++) {
      const png = await download(page, button(page, "PNG"));
      expect(inspectPng(png.bytes).crcErrors).toEqual([]);
      const ink = await inkPerLabel(page, png.bytes, 2, labels);
      // Each label's first letters put well over a hundred dark pixels on a 2× image.
      expect(
        ink.map((n, j) => ({ label: labels[j]!.label, drawn: n > 60 })),
        `export ${i + 1} of 10`,
      ).toEqual(labels.map((l) => ({ label: l.label, drawn: true })));
    }
  });
}
