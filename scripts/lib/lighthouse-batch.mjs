// Runs a list of Lighthouse jobs in one Chromium and prints their figures as JSON.
// Plain JavaScript on purpose: Lighthouse serialises some of its own functions into the
// page, and a TypeScript loader's injected helpers (e.g. __name) break them there.
// Usage: node scripts/lib/lighthouse-batch.mjs <chromium-path> '<[{"url":…,"preset":"mobile"|"desktop"}]>'
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import * as chromeLauncher from "chrome-launcher";

const [chromePath, jobsJson] = process.argv.slice(2);
const jobs = JSON.parse(jobsJson);
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});
const out = [];
try {
  for (const job of jobs) {
    // Category scores other than performance do not vary between runs: jobs may ask for performance only.
    const flags = {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      disableFullPageScreenshot: true,
      onlyCategories: job.categories,
    };
    const result = await lighthouse(job.url, flags, job.preset === "desktop" ? desktopConfig : undefined);
    if (!result || result.lhr.runtimeError) {
      // A failed run is reported as failed, never as a score of 0.
      out.push({ ...job, error: result?.lhr.runtimeError?.message ?? "no result" });
      process.stderr.write(`[lighthouse] ${job.preset} ${job.url}: failed (${out.at(-1).error})\n`);
      continue;
    }
    const { categories, audits } = result.lhr;
    const score = (id) => (categories[id] ? Math.round(categories[id].score * 100) : null);
    const num = (id) => audits[id]?.numericValue ?? null;
    out.push({
      ...job,
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      seo: score("seo"),
      fcpMs: Math.round(num("first-contentful-paint")),
      lcpMs: Math.round(num("largest-contentful-paint")),
      tbtMs: Math.round(num("total-blocking-time")),
      cls: Math.round(num("cumulative-layout-shift") * 1000) / 1000,
    });
    process.stderr.write(`[lighthouse] ${job.preset} ${job.url}: ${out.at(-1).performance}\n`);
  }
} finally {
  await chrome.kill();
}
process.stdout.write(JSON.stringify(out));
