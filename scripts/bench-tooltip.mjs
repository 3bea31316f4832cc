// First-tooltip benchmark: from the first pointer move over a chart to the tooltip
// painted: the static figure answers the first move while the Recharts chart loads (each
// result names which tooltip appeared first: "static" or "interactive").
// Runs at CDP CPU throttling 1× and 4× (Emulation.setCPUThrottlingRate) against a
// server that is already up; writes bench/tooltip.json.
//
//   BENCH_PORT=3601 node scripts/bench-tooltip.mjs      (BENCH_RUNS, default 3; BENCH_QUICK=1 → 1)
//
// Times are taken inside the page: the first `pointermove` event's timeStamp, and two
// animation frames after `.chart-tooltip` appears (the frame that paints it).
import { mkdirSync, writeFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import { findChromium } from "./find-chromium.mjs";

const RUNS = Number(process.env.BENCH_RUNS ?? (process.env.BENCH_QUICK === "1" ? 1 : 3));
const base = process.env.BENCH_URL ?? `http://127.0.0.1:${process.env.BENCH_PORT ?? process.env.PORT ?? 3000}`;
const ROUTES = ["/trade", "/aid", "/region"];
const RATES = [1, 4];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const probe = () => {
  const w = window;
  w.__tip = { first: null, painted: null, kind: null };
  document.addEventListener(
    "pointermove",
    (e) => {
      if (w.__tip.first === null) w.__tip.first = e.timeStamp;
    },
    { capture: true },
  );
  new MutationObserver((_, obs) => {
    const tip = document.querySelector(".chart-intent .chart-tooltip");
    if (w.__tip.first === null || !tip) return;
    obs.disconnect();
    // Which answered first: the static figure's tip, or the interactive chart's tooltip.
    w.__tip.kind = tip.matches("[data-static-tip]") ? "static" : "interactive";
    requestAnimationFrame(() => requestAnimationFrame(() => (w.__tip.painted = performance.now())));
  }).observe(document.body, { childList: true, subtree: true });
};

async function once(browser, route, rate) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.goto(base + route, { waitUntil: "networkidle" });
    await page.waitForTimeout(300);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate });
    await page.evaluate(probe);
    const box = await page.locator(".chart-intent").first().boundingBox();
    if (!box) throw new Error(`no chart on ${route}`);
    // A reader's pointer keeps moving across the chart: one move every 16 ms until the tooltip shows.
    const deadline = Date.now() + 15_000;
    for (let i = 0; Date.now() < deadline; i++) {
      await page.mouse.move(box.x + box.width * (0.5 + 0.002 * (i % 20)), box.y + box.height * 0.6);
      const t = await page.evaluate(() => window.__tip);
      if (t.painted !== null) return { ms: Math.round(t.painted - t.first), kind: t.kind };
      await page.waitForTimeout(16);
    }
    throw new Error(`no tooltip on ${route} at ${rate}× within 15 s`);
  } finally {
    await page.close();
  }
}

const browser = await chromium.launch({
  executablePath: await findChromium(),
  args: ["--no-sandbox", "--disable-dev-shm-usage"],
});
const results = [];
try {
  for (const route of ROUTES)
    for (const rate of RATES) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await once(browser, route, rate));
      const times = runs.map((r) => r.ms);
      const kinds = [...new Set(runs.map((r) => r.kind))];
      results.push({ route, cpuSlowdown: rate, medianMs: median(times), runs: times, tooltip: kinds });
      console.log(
        `[tooltip] ${route} at ${rate}×: ${median(times)} ms (${times.join(", ")}; ${kinds.join(", ")} tooltip)`,
      );
    }
} finally {
  await browser.close();
}
mkdirSync("bench", { recursive: true });
writeFileSync(
  "bench/tooltip.json",
  `${JSON.stringify({ date: new Date().toISOString(), runs: RUNS, results }, null, 2)}\n`,
);
