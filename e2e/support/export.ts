import { readFile } from "node:fs/promises";
import type { Download, Locator, Page } from "@playwright/test";

/** Helpers for the export tests: trigger a download, and decode what was downloaded in the browser. */
export async function download(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [file]: [Download, void] = await Promise.all([page.waitForEvent("download"), button.click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

export const menu = (page: Page) => page.getByRole("group", { name: /^Export / });
export const button = (page: Page, format: string) =>
  menu(page).getByRole("button", { name: `Download ${format}`, exact: true });

/** Pixel statistics of a PNG decoded by the browser itself. */
export async function pixelStats(page: Page, png: Buffer, bandHeight: number) {
  return page.evaluate(
    async ({ b64, bandHeight }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement("canvas");
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext("2d")!;
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      let sum = 0;
      let sumSq = 0;
      let n = 0;
      let darkInTitle = 0;
      for (let i = 0; i < data.length; i += 4) {
        const lum = 0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]!;
        sum += lum;
        sumSq += lum * lum;
        n++;
        if (i / 4 / canvas.width < bandHeight && lum < 96) darkInTitle++;
      }
      const mean = sum / n;
      return {
        width: img.naturalWidth,
        height: img.naturalHeight,
        variance: sumSq / n - mean * mean,
        darkInTitle,
        corner: [...data.slice(0, 4)],
      };
    },
    { b64: png.toString("base64"), bandHeight },
  );
}

/**
 * Parses the SVG in the browser and returns what a reader and an editor would see. The file's
 * <style> (its embedded fonts) is left out of what is parsed: a document parsed in the page falls
 * under the page's style policy, which blocks inline style elements and reports a violation.
 */
export async function inspectSvg(page: Page, svg: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text.replace(/<style>[\s\S]*?<\/style>/g, ""), "image/svg+xml");
    const root = doc.documentElement;
    const external = [...doc.querySelectorAll("*")].flatMap((el) =>
      [...el.attributes].filter((a) => /(^|:)href$/.test(a.name) && !a.value.startsWith("#")).map((a) => a.value),
    );
    return {
      parseError: doc.querySelector("parsererror")?.textContent ?? null,
      rootName: root.nodeName,
      width: Number(root.getAttribute("width")),
      height: Number(root.getAttribute("height")),
      title: doc.querySelector("svg > title")?.textContent ?? "",
      texts: [...doc.querySelectorAll("text")].map((t) => t.textContent ?? ""),
      metadata: doc.querySelector("metadata")?.textContent ?? "",
      external,
    };
  }, svg);
}

/**
 * Records the JavaScript the page fetches from now on; `texts()` returns their bodies.
 * Used to show that the export code is not part of a page's first load.
 */
export function recordScripts(page: Page): { texts: () => Promise<string[]> } {
  const urls: string[] = [];
  page.on("response", (r) => {
    if (r.url().endsWith(".js")) urls.push(r.url());
  });
  return { texts: () => Promise.all(urls.map((u) => page.request.get(u).then((r) => r.text()))) };
}
