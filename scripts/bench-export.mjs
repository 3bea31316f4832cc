// Export benchmark: median time from the click on "Download PNG" (2×) to the start of
// the download, for each figure with an export menu. Runs against a server that is
// already up (`npm run build && npx next start -p $PORT`); it builds nothing itself.
//
//   PORT=3000 npm run bench:export          (BENCH_PORT also works; BENCH_URL overrides the whole base URL)
// `npm run bench` (scripts/bench.ts) runs it with BENCH_PORT and reads bench/export.json.
//
// "cold" = first export in a freshly loaded page (fetches the export chunk and fonts);
// "warm" = a second export in the same page. Times are measured inside the page, from
// the click event to the moment the download link is clicked. Writes bench/export.json.
import { mkdirSync, writeFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import { findChromium } from "./find-chromium.mjs";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const base =
  process.env.BENCH_URL ??
  `http://127.0.0.1:${process.env.BENCH_PORT ?? process.env.PORT ?? process.env.E2E_PORT ?? 3000}`;
const FIGURES = [
  { name: "trade chart", path: "/trade", ready: "svg.chart-static" },
  { name: "aid chart", path: "/aid", ready: "svg.chart-static" },
  { name: "1941 map", path: "/map", ready: "svg" },
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function exists(path) {
  try {
    const res = await fetch(base + path, { redirect: "manual" });
    return res.status === 200;
  } catch (error) {
    throw new Error(`No server at ${base} (${error.message}). Start one with \`npx next start -p <port>\` first.`);
  }
}

// Records the click on an export button and the programmatic click on the download link.
const probe = () => {
  window.__exportTimes = [];
  let start = 0;
  document.addEventListener(
    "click",
    (e) => {
      if (e.target instanceof Element && e.target.closest("button")?.textContent?.trim() === "Download PNG")
        start = performance.now();
    },
    true,
  );
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    if (this.download && start) window.__exportTimes.push(performance.now() - start);
    return click.call(this);
  };
};

async function exportOnce(page) {
  const before = await page.evaluate(() => window.__exportTimes.length);
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 30_000 }),
    page.getByRole("button", { name: "Download PNG", exact: true }).first().click(),
  ]);
  await download.path();
  return page.evaluate((n) => {
    // Stage times (ms after the click) from the marks the export code sets.
    const marks = performance.getEntriesByType("mark").filter((m) => m.name.startsWith("export:"));
    const click = marks.filter((m) => m.name === "export:click").at(-1);
    const stages = Object.fromEntries(
      marks
        .filter((m) => click && m.startTime >= click.startTime)
        .map((m) => [m.name.slice(7), Math.round(m.startTime - click.startTime)]),
    );
    return { total: window.__exportTimes[n], stages };
  }, before);
}

const executablePath = await findChromium({ install: false });
const browser = await chromium.launch({
  executablePath,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
const results = [];
try {
  for (const fig of FIGURES) {
    if (!(await exists(fig.path))) {
      console.log(`skip ${fig.name}: ${fig.path} is not served`);
      continue;
    }
    const cold = [];
    const warm = [];
    const stages = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.addInitScript(probe);
      await page.goto(base + fig.path);
      await page.locator(fig.ready).first().waitFor();
      await page.getByRole("button", { name: "Download PNG", exact: true }).first().waitFor();
      const c = await exportOnce(page);
      const w = await exportOnce(page);
      cold.push(c.total);
      warm.push(w.total);
      stages.push({ cold: c.stages, warm: w.stages });
      await context.close();
    }
    results.push({
      figure: fig.name,
      path: fig.path,
      format: "png",
      density: 2,
      runs: RUNS,
      coldMs: cold,
      warmMs: warm,
      medianColdMs: median(cold),
      medianWarmMs: median(warm),
      stages,
    });
  }
} finally {
  await browser.close();
}

const round = (n) => Math.round(n);
console.log("\nExport benchmark: click → download, PNG 2×, median of", RUNS, "runs");
console.table(
  results.map((r) => ({
    figure: r.figure,
    "cold (ms)": round(r.medianColdMs),
    "warm (ms)": round(r.medianWarmMs),
    "cold runs": r.coldMs.map(round).join(" "),
    "warm runs": r.warmMs.map(round).join(" "),
  })),
);
mkdirSync("bench", { recursive: true });
// `figures` is the summary scripts/lib/bench-report.ts renders; `results` has every run and stage.
const figures = results.flatMap((r) => [
  { figure: `${r.figure}, PNG 2×, first export in the page`, medianMs: round(r.medianColdMs), runs: r.runs },
  { figure: `${r.figure}, PNG 2×, repeat export`, medianMs: round(r.medianWarmMs), runs: r.runs },
]);
writeFileSync(
  "bench/export.json",
  `${JSON.stringify({ date: new Date().toISOString(), base, chromium: executablePath, figures, results }, null, 2)}\n`,
);
for (const r of results)
  console.log(
    `${r.figure}: stages of the median-ish cold run (ms after click):`,
    JSON.stringify(r.stages[Math.floor(r.stages.length / 2)]),
  );
console.log("wrote bench/export.json");
