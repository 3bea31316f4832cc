/**
 * `npm run bench`: builds, starts the production server and measures, on this machine:
 *   1. first-load JS per route (gzip), from the build's own HTML;
 *   2. Lighthouse mobile and desktop, median of 3 runs per route;
 *   3. the physical limit: each route's HTML with every script removed, served by the
 *      same server, under Lighthouse; reported as LCP(app) / LCP(static copy);
 *   4. export: median click-to-download time of a 2× PNG (scripts/bench-export.mjs);
 *   5. load: autocannon on loopback, bounded in time, for pages, the API and a static file (also
 *      through the nginx cache of deploy/nginx.conf, against nginx serving the file), then what
 *      bounds them (the smallest route-handler response, a 304 from the proxy, gzip as browsers ask).
 * Writes bench/results.json and bench/results.md and refreshes the README's Performance section.
 *   6. first tooltip: first pointer move over a chart to the tooltip painted, at 1× and 4× CPU (scripts/bench-tooltip.mjs).
 * Env: BENCH_SKIP_BUILD=1 reuses .next; BENCH_QUICK=1 does 1 Lighthouse run and 5 s of load (for trying it out);
 * BENCH_ONLY=tooltip runs only step 6 (and prints its figures; nothing is written but bench/tooltip.json);
 * BENCH_ONLY=load runs only the load test (written to bench/load.json; results.json and the README are left alone).
 * BENCH_ONLY=map-zoom runs only the map zoom benchmark (scripts/bench-map-zoom.mjs, bench/map-zoom.json).
 * BENCH_ONLY=preview times only the preview images (first draw in a fresh server, then the stored copy; printed, nothing written).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { findChromium } from "./find-chromium.mjs";
import { measureFirstLoad } from "./lib/first-load";
import { type LighthouseJob, medianFigures, runLighthouseBatch } from "./lib/lighthouse-runner";
import { boundingLoadCases, type LoadCase } from "./lib/load-cases";
import { loadTest, type LoadFigures } from "./lib/load-test";
import { nginxLoad } from "./lib/nginx-load";
import { startServer, stopServer, stopServerAndWait } from "./lib/server";
import { renderMarkdown } from "./lib/bench-report";
import { measurePreviews } from "./lib/preview-timing";
import { VIEWS } from "../views/registry";

const PORT = Number(process.env.BENCH_PORT ?? 3500);
const BASE = `http://127.0.0.1:${PORT}`;
const NGINX_PORT = Number(process.env.BENCH_NGINX_PORT ?? PORT + 2);
const QUICK = process.env.BENCH_QUICK === "1";
const RUNS = QUICK ? 1 : 3;
const LOAD_SECONDS = QUICK ? 5 : 30;
/** Every page route (views/registry.ts), and the trade embed (the one embed with a Lighthouse target). */
const ROUTES = ["/", ...VIEWS.map((v) => `/${v.route}`), "/embed/trade"];
/** The routes with a preview image of their own: every view. */
const PREVIEW_ROUTES = VIEWS.map((v) => `/${v.route}`);
const STATIC_DIR = path.join(process.cwd(), "public", "bench-static");
const STATIC_FILE = "/fonts/source-sans-3-latin-400-normal.woff2";
const ONLY_LOAD = process.env.BENCH_ONLY === "load";
/** Views whose preview images are timed: each view's typical shared link, none of them a default view (those are asked first, so these times leave out loading each route). */
const PREVIEW_VIEWS = VIEWS.map((v) => `/${v.route}${v.sharedLink}`);
/** The static file (the reference), the API, then each page's default view and a shared-link view. */
const LOAD_PATHS = [STATIC_FILE, "/api/trade", ...ROUTES, ...PREVIEW_VIEWS];

async function runLoad(): Promise<(LoadFigures & { vsStatic?: number })[]> {
  const load: (LoadFigures & { vsStatic?: number })[] = [];
  for (const c of [...LOAD_PATHS.map((p) => ({ path: p }) as LoadCase), ...boundingLoadCases(BASE)]) {
    // One request first: a view is rendered on its first request, and the load measures serving it.
    await fetch(`${BASE}${c.path}`);
    const figures = await loadTest(BASE, c.path, LOAD_SECONDS, 100, (await c.headers?.()) ?? {});
    load.push(c.label ? { ...figures, label: c.label } : figures);
    log(`load ${c.label ?? c.path}: ${figures.requestsPerSec} req/s`);
  }
  const reference = load[0]!.requestsPerSec;
  for (const l of load) l.vsStatic = Math.round((l.requestsPerSec / reference) * 100) / 100;
  // The same page paths through the nginx cache in front (deploy/nginx.conf); these rows' ratio
  // is to nginx serving the font file.
  const pages = LOAD_PATHS.filter((p) => p !== STATIC_FILE && !p.startsWith("/api/"));
  const viaNginx = await nginxLoad(PORT, NGINX_PORT, STATIC_FILE, pages, LOAD_SECONDS);
  for (const row of viaNginx) log(`load ${row.label}: ${row.requestsPerSec} req/s, ${row.vsStatic}×`);
  return [...load, ...viaNginx];
}

async function loadOnly(): Promise<void> {
  const server = await startServer(PORT);
  try {
    const load = await runLoad();
    await mkdir("bench", { recursive: true });
    const report = { date: new Date().toISOString(), loadSeconds: LOAD_SECONDS, load };
    await writeFile(path.join("bench", "load.json"), `${JSON.stringify(report, null, 2)}\n`);
    console.table(load);
  } finally {
    stopServer(server);
  }
}

const log = (msg: string) => console.log(`[bench] ${msg}`);
const slug = (route: string) => (route === "/" ? "index" : route.slice(1).replace(/\W+/g, "-"));

async function existingRoutes(): Promise<string[]> {
  const ok: string[] = [];
  for (const r of ROUTES) if ((await fetch(`${BASE}${r}`)).status === 200) ok.push(r);
  return ok;
}

/** The page as the server sends it, minus every script: the fastest this HTML and CSS can paint. */
async function writeStaticCopies(routes: string[]): Promise<void> {
  await rm(STATIC_DIR, { recursive: true, force: true });
  await mkdir(STATIC_DIR, { recursive: true });
  for (const route of routes) {
    const html = await (await fetch(`${BASE}${route}`)).text();
    const stripped = html
      .replace(/<script\b[\s\S]*?<\/script>/g, "")
      .replace(/<link\b[^>]*\bas="script"[^>]*>/g, "")
      .replace(/<link\b[^>]*rel="modulepreload"[^>]*>/g, "");
    await writeFile(path.join(STATIC_DIR, `${slug(route)}.html`), stripped);
  }
}

/** Step 6 in a child process, like the export benchmark; null if it failed. */
async function measureTooltip(): Promise<unknown> {
  const run = spawnSync("node", [path.join("scripts", "bench-tooltip.mjs")], {
    env: { ...process.env, BENCH_PORT: String(PORT) },
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (run.status !== 0) {
    log("first-tooltip benchmark failed");
    return null;
  }
  return JSON.parse(await readFile(path.join("bench", "tooltip.json"), "utf8"));
}

/** The map zoom benchmark against the running server (frame p95 at 1× and 4× CPU, first wheel to frame). */
function runMapZoom(): number | null {
  const run = spawnSync("node", [path.join("scripts", "bench-map-zoom.mjs")], {
    env: { ...process.env, BENCH_PORT: String(PORT), BENCH_RUNS: QUICK ? "1" : "3" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  return run.status;
}

async function main(): Promise<void> {
  const started = Date.now();
  if (process.env.BENCH_ONLY === "tooltip") {
    if (process.env.BENCH_SKIP_BUILD !== "1") execFileSync("npm", ["run", "build", "--silent"], { stdio: "inherit" });
    const server = await startServer(PORT);
    try {
      await measureTooltip();
    } finally {
      stopServer(server);
    }
    return;
  }
  if (process.env.BENCH_SKIP_BUILD !== "1") {
    log("building…");
    execFileSync("npm", ["run", "build", "--silent"], { stdio: "inherit" });
  }
  if (ONLY_LOAD) return loadOnly();
  let server = await startServer(PORT);
  // First, while this process has drawn no image but the defaults it draws at start.
  const previews = await measurePreviews(BASE, PREVIEW_VIEWS, PREVIEW_ROUTES);
  if (process.env.BENCH_ONLY === "preview") {
    console.table(previews);
    stopServer(server);
    return;
  }
  if (process.env.BENCH_ONLY === "map-zoom") {
    try {
      const status = runMapZoom();
      if (status !== 0) process.exitCode = 1;
    } finally {
      stopServer(server);
    }
    return;
  }
  const routes = await existingRoutes();
  log(`routes: ${routes.join(" ")}`);

  // Static copies must exist before the server starts for it to serve them from public/.
  await writeStaticCopies(routes);
  await stopServerAndWait(server, PORT);
  server = await startServer(PORT);
  try {
    const firstLoad = [];
    for (const route of routes) {
      const m = await measureFirstLoad(BASE, route);
      firstLoad.push({
        route,
        gzipKiB: Math.round((m.gzipBytes / 1024) * 10) / 10,
        rawKiB: Math.round((m.rawBytes / 1024) * 10) / 10,
        scripts: m.scripts.length,
      });
    }
    log("first-load JS measured");

    // Interleaved, so a slow moment of the machine hits the app and its static copy alike.
    const jobs: (LighthouseJob & { route: string; kind: "mobile" | "desktop" | "staticMobile" })[] = [];
    for (let i = 0; i < RUNS; i++) {
      for (const route of routes) {
        // All four categories once per route and preset; the repeats measure performance only.
        const categories = i === 0 ? undefined : ["performance"];
        jobs.push({ route, kind: "mobile", url: `${BASE}${route}`, preset: "mobile", categories });
        jobs.push({
          route,
          kind: "staticMobile",
          url: `${BASE}/bench-static/${slug(route)}.html`,
          preset: "mobile",
          categories: ["performance"],
        });
        jobs.push({ route, kind: "desktop", url: `${BASE}${route}`, preset: "desktop", categories });
      }
    }
    const results = runLighthouseBatch(await findChromium(), jobs);
    const pick = (route: string, kind: string) =>
      results.filter((r, i) => jobs[i]!.route === route && jobs[i]!.kind === kind);
    const lighthouse = routes.map((route) => {
      const mobile = medianFigures(pick(route, "mobile"));
      const staticMobile = medianFigures(pick(route, "staticMobile"));
      return {
        route,
        mobile,
        desktop: medianFigures(pick(route, "desktop")),
        staticMobile,
        lcpRatio:
          mobile.lcpMs === null || staticMobile.lcpMs === null
            ? null
            : Math.round((mobile.lcpMs / staticMobile.lcpMs) * 100) / 100,
      };
    });
    log("lighthouse done");

    let exportFigures: unknown = null;
    const exportScript = path.join("scripts", "bench-export.mjs");
    const exp = spawnSync("node", [exportScript], {
      env: { ...process.env, BENCH_PORT: String(PORT) },
      stdio: ["ignore", "inherit", "inherit"],
    });
    if (exp.status === 0) exportFigures = JSON.parse(await readFile(path.join("bench", "export.json"), "utf8"));
    else log("export benchmark unavailable or failed");

    const tooltip = await measureTooltip();

    const mapZoom = runMapZoom() === 0 ? JSON.parse(await readFile(path.join("bench", "map-zoom.json"), "utf8")) : null;
    if (!mapZoom) log("map zoom benchmark unavailable or failed");

    const load = await runLoad();

    const report = {
      date: new Date().toISOString(),
      machine: `${(await import("node:os")).cpus().length} cores, Node ${process.version}`,
      runsPerMedian: RUNS,
      loadSeconds: LOAD_SECONDS,
      firstLoad,
      lighthouse,
      export: exportFigures,
      tooltip,
      previews,
      mapZoom,
      load,
      durationSeconds: Math.round((Date.now() - started) / 1000),
    };
    await mkdir("bench", { recursive: true });
    await writeFile(path.join("bench", "results.json"), `${JSON.stringify(report, null, 2)}\n`);
    const md = renderMarkdown(report);
    await writeFile(path.join("bench", "results.md"), md);
    const readme = await readFile("README.md", "utf8");
    const marked = /<!-- bench:start -->[\s\S]*<!-- bench:end -->/;
    if (marked.test(readme))
      await writeFile("README.md", readme.replace(marked, `<!-- bench:start -->\n${md}\n<!-- bench:end -->`));
    console.log(`\n${md}`);
    log(`done in ${report.durationSeconds} s`);
  } finally {
    stopServer(server);
    await rm(STATIC_DIR, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
