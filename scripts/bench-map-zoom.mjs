// Map zoom benchmark: a scripted wheel zoom on /map from the whole country into the Dangrek
// escarpment (north of Siem Reap), at 1× and 4× CPU slowdown. Runs against a server that is
// already up; it builds nothing itself. Writes bench/map-zoom.json.
//
//   BENCH_PORT=3603 npm run bench:map-zoom      (BENCH_URL overrides the whole base URL)
//
// - frame p95: 95th percentile of the intervals between DrawFrame events in a Chromium
//   performance trace taken during the zoom (the first run of each page loads the client layers,
//   so the trace is taken on a second zoom in the same page, after a reset).
// - first wheel to frame: in a fresh page, from the first wheel event to the first animation
//   frame after the client layers have redrawn the map (module and topology fetch included).
import { mkdirSync, writeFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import { findChromium } from "./find-chromium.mjs";

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const base = process.env.BENCH_URL ?? `http://127.0.0.1:${process.env.BENCH_PORT ?? process.env.PORT ?? 3000}`;
/** The Dangrek escarpment above Anlong Veng, in the page's map: the zoom is centred there. */
const TARGET = "#prov-oddar-meanchey";
const STEPS = 24;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const p95 = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))];
};
const round = (n) => Math.round(n * 10) / 10;

async function wheelZoom(page) {
  const b = await page.locator(TARGET).boundingBox();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height * 0.25);
  // The wheel zooms the map with Ctrl held (without it, it scrolls the page).
  await page.keyboard.down("Control");
  for (let i = 0; i < STEPS; i++) {
    await page.mouse.wheel(0, -120);
    await page.waitForTimeout(16);
  }
  await page.keyboard.up("Control");
  await page.waitForTimeout(400);
}

/** The map's zoom is the client's: wait for React to hydrate the page (its scripts load after the first paint). */
const hydrated = (page) =>
  page.waitForFunction(() => Object.keys(document.documentElement).some((k) => k.startsWith("__reactProps$")));

async function frameP95(browser, rate) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`${base}/map`);
  await hydrated(page);
  await page.locator(".map-box").scrollIntoViewIfNeeded();
  // Warm: load the client layers and every detail level once, then go back to the whole map.
  await wheelZoom(page);
  await page.getByRole("button", { name: "Show the whole map" }).click();
  await page.waitForTimeout(400);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
  await browser.startTracing(page, {
    categories: ["devtools.timeline", "disabled-by-default-devtools.timeline.frame"],
  });
  await wheelZoom(page);
  const trace = JSON.parse((await browser.stopTracing()).toString("utf8"));
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  await page.close();
  const draws = trace.traceEvents
    .filter((e) => e.name === "DrawFrame")
    .map((e) => e.ts / 1000)
    .sort((a, b) => a - b);
  const intervals = draws.slice(1).map((t, i) => t - draws[i]);
  return { frames: draws.length, p95Ms: intervals.length ? round(p95(intervals)) : null };
}

async function firstWheelToFrame(browser) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${base}/map`);
  await hydrated(page);
  await page.locator(".map-box").scrollIntoViewIfNeeded();
  await page.evaluate(() => {
    const svg = document.querySelector("svg.cession-map");
    window.__zoom = new Promise((resolve) => {
      let t0 = 0;
      svg.addEventListener("wheel", () => (t0 ||= performance.now()), { capture: true });
      new MutationObserver(() => {
        if (svg.dataset.detail) requestAnimationFrame(() => resolve(performance.now() - t0));
      }).observe(svg, { attributes: true, attributeFilter: ["data-detail"] });
    });
  });
  const b = await page.locator(TARGET).boundingBox();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height * 0.25);
  // Enough for the first detail level past the whole-map view (scale ≥ 2).
  await page.keyboard.down("Control");
  for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -300);
  await page.keyboard.up("Control");
  const ms = await page.evaluate(() => window.__zoom);
  await page.close();
  return ms;
}

const browser = await chromium.launch({ executablePath: await findChromium() });
try {
  const res = await fetch(`${base}/map`);
  if (!res.ok) throw new Error(`/map answered ${res.status}`);
  const at1 = [];
  const at4 = [];
  const first = [];
  for (let i = 0; i < RUNS; i++) {
    at1.push(await frameP95(browser, 1));
    at4.push(await frameP95(browser, 4));
    first.push(await firstWheelToFrame(browser));
  }
  const figures = {
    date: new Date().toISOString(),
    runs: RUNS,
    steps: STEPS,
    frameP95Ms: { cpu1x: median(at1.map((r) => r.p95Ms)), cpu4x: median(at4.map((r) => r.p95Ms)) },
    framesTraced: { cpu1x: at1.map((r) => r.frames), cpu4x: at4.map((r) => r.frames) },
    firstWheelToFrameMs: round(median(first)),
    targets: { frameP95Ms1x: 16, frameP95Ms4x: 50, firstWheelToFrameMs: 200 },
  };
  mkdirSync("bench", { recursive: true });
  writeFileSync("bench/map-zoom.json", `${JSON.stringify(figures, null, 2)}\n`);
  console.log(JSON.stringify(figures, null, 2));
} finally {
  await browser.close();
}
