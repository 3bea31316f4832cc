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

/** One Lighthouse run: its figures, or `{ error }` when Lighthouse could not complete it. */
async function runOnce(job) {
  // Category scores other than performance do not vary between runs: jobs may ask for performance only.
  const flags = {
    port: chrome.port,
    output: "json",
    logLevel: "error",
    disableFullPageScreenshot: true,
    onlyCategories: job.categories,
  };
  let result;
  try {
    result = await lighthouse(job.url, flags, job.preset === "desktop" ? desktopConfig : undefined);
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  if (!result || result.lhr.runtimeError) return { error: result?.lhr.runtimeError?.message ?? "no result" };
  const { categories, audits } = result.lhr;
  const score = (id) => (categories[id] ? Math.round(categories[id].score * 100) : null);
  const num = (id) => audits[id]?.numericValue ?? null;
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    fcpMs: Math.round(num("first-contentful-paint")),
    lcpMs: Math.round(num("largest-contentful-paint")),
    tbtMs: Math.round(num("total-blocking-time")),
    cls: Math.round(num("cumulative-layout-shift") * 1000) / 1000,
  };
}

try {
  for (const job of jobs) {
    let figures = await runOnce(job);
    // A run can fail for reasons of the moment (NO_NAVSTART on a loaded machine): try it once more.
    if ("error" in figures) {
      process.stderr.write(`[lighthouse] ${job.preset} ${job.url}: failed (${figures.error}), retrying once\n`);
      figures = await runOnce(job);
    }
    out.push({ ...job, ...figures });
    // A failed run is reported as failed, never as a score of 0.
    const shown = "error" in figures ? `failed (${figures.error})` : figures.performance;
    process.stderr.write(`[lighthouse] ${job.preset} ${job.url}: ${shown}\n`);
  }
} finally {
  await chrome.kill();
}
process.stdout.write(JSON.stringify(out));
