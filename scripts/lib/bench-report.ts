import type { MedianFigures } from "./lighthouse-runner";
import type { LoadFigures } from "./load-test";
import type { PreviewFigures } from "./preview-timing";

type Results = {
  date: string;
  machine: string;
  runsPerMedian: number;
  loadSeconds: number;
  durationSeconds?: number;
  firstLoad: { route: string; gzipKiB: number; rawKiB: number; scripts: number }[];
  lighthouse: {
    route: string;
    mobile: MedianFigures;
    desktop: MedianFigures;
    staticMobile: MedianFigures;
    lcpRatio: number | null;
  }[];
  export: unknown;
  tooltip?: unknown;
  previews?: PreviewFigures[];
  load: (LoadFigures & { vsStatic?: number })[];
};

/** A figure no run could measure is shown as "failed", never as NaN or a number. */
const cell = (value: string | number | null | undefined): string | number =>
  value === null || value === undefined || (typeof value === "number" && !Number.isFinite(value)) ? "failed" : value;
const row = (cells: (string | number | null)[]) => `| ${cells.map(cell).join(" | ")} |`;

/** The benchmark's tables, as they appear in bench/results.md and the README. */
export function renderMarkdown(r: Results): string {
  const out: string[] = [];
  out.push(
    `Measured ${r.date.slice(0, 10)} on ${r.machine}; Lighthouse 12.2.3 medians of ${r.runsPerMedian} runs; load ${r.loadSeconds} s at 100 connections on loopback.`,
    "",
  );
  out.push("First-load JS (all `<script src>` of the server HTML, gzip -9):", "");
  out.push(row(["route", "gzip KiB", "raw KiB", "scripts"]), row(["---", "---:", "---:", "---:"]));
  for (const f of r.firstLoad) out.push(row([f.route, f.gzipKiB, f.rawKiB, f.scripts]));
  out.push("", "Lighthouse (mobile = default simulated throttling; desktop preset):", "");
  out.push(
    row([
      "route",
      "perf mobile",
      "perf desktop",
      "a11y",
      "best practices",
      "SEO",
      "LCP ms",
      "TBT ms",
      "CLS",
      "LCP static copy ms",
      "LCP ratio",
    ]),
  );
  out.push(row(["---", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:"]));
  for (const l of r.lighthouse) {
    out.push(
      row([
        l.route,
        l.mobile.performance,
        l.desktop.performance,
        l.mobile.accessibility,
        l.mobile.bestPractices,
        l.mobile.seo,
        l.mobile.lcpMs,
        l.mobile.tbtMs,
        l.mobile.cls,
        l.staticMobile.lcpMs,
        l.lcpRatio,
      ]),
    );
  }
  const exp = r.export as { figures?: { figure: string; medianMs: number; runs: number }[] } | null;
  if (exp?.figures?.length) {
    out.push(
      "",
      "Export, click to download, PNG 2×:",
      "",
      row(["figure", "median ms", "runs"]),
      row(["---", "---:", "---:"]),
    );
    for (const e of exp.figures) out.push(row([e.figure, e.medianMs, e.runs]));
  }
  const tip = r.tooltip as {
    results?: { route: string; cpuSlowdown: number; medianMs: number; runs: number[] }[];
  } | null;
  if (tip?.results?.length) {
    out.push(
      "",
      "First tooltip, first pointer move to tooltip painted (chart module fetched on intent), CDP CPU slowdown:",
      "",
      row(["route", "CPU slowdown", "median ms", "runs"]),
      row(["---", "---:", "---:", "---:"]),
    );
    for (const t of tip.results) out.push(row([t.route, `${t.cpuSlowdown}×`, t.medianMs, t.runs.length]));
  }
  if (r.previews?.length) {
    out.push(
      "",
      "Preview images (1200×630 PNG), first request in a fresh server process, then the same image again:",
      "",
      row(["view", "first ms", "again ms", "KB", "status"]),
      row(["---", "---:", "---:", "---:", "---:"]),
    );
    for (const p of r.previews) out.push(row([p.view, p.firstMs, p.againMs, Math.round(p.bytes / 1024), p.status]));
  }
  out.push(
    "",
    "Load (autocannon):",
    "",
    row(["path", "req/s", "p50 ms", "p99 ms", "errors", "non-2xx", "vs static file"]),
    row(["---", "---:", "---:", "---:", "---:", "---:", "---:"]),
  );
  for (const l of r.load)
    out.push(row([l.label ?? l.path, l.requestsPerSec, l.p50Ms, l.p99Ms, l.errors, l.non2xx, l.vsStatic ?? ""]));
  return `${out.join("\n")}\n`;
}
