// Takes full-page screenshots of running pages, for the README and for checking layouts.
// Usage: node scripts/screenshot.mjs <url> <out.png> [width] [height]
import { chromium } from "@playwright/test";
import { findChromium } from "./find-chromium.mjs";

const [url, out, width = "1280", height = "900"] = process.argv.slice(2);
if (!url || !out) {
  console.error("usage: node scripts/screenshot.mjs <url> <out.png> [width] [height]");
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: await findChromium(),
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
await page.goto(url, { waitUntil: "networkidle" });
await page.waitForTimeout(500);
await page.screenshot({ path: out, fullPage: process.env.FULL !== "0" });
await browser.close();
console.log(`saved ${out}`);
