import { execFileSync } from "node:child_process";

export type LighthouseFigures = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
};
export type LighthouseJob = { url: string; preset: "mobile" | "desktop"; categories?: string[] };
export type LighthouseResult = LighthouseJob & (LighthouseFigures | { error: string });

/** Runs the jobs in order in one Chromium (mobile = Lighthouse's default simulated throttling; desktop = its preset). */
export function runLighthouseBatch(chromePath: string, jobs: LighthouseJob[]): LighthouseResult[] {
  const stdout = execFileSync("node", ["scripts/lib/lighthouse-batch.mjs", chromePath, JSON.stringify(jobs)], {
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout.toString()) as LighthouseResult[];
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Medians over the successful runs; `failed` counts the runs Lighthouse could not complete. */
export function medianFigures(results: LighthouseResult[]): LighthouseFigures & { runs: number; failed: number } {
  const runs = results.filter((r): r is LighthouseJob & LighthouseFigures => !("error" in r));
  if (runs.length === 0)
    return {
      performance: NaN,
      accessibility: NaN,
      bestPractices: NaN,
      seo: NaN,
      fcpMs: NaN,
      lcpMs: NaN,
      tbtMs: NaN,
      cls: NaN,
      runs: 0,
      failed: results.length,
    };
  const keys = ["performance", "accessibility", "bestPractices", "seo", "fcpMs", "lcpMs", "tbtMs", "cls"] as const;
  // Runs that measured performance only report null for the other categories.
  const figures = Object.fromEntries(
    keys.map((k) => [k, median(runs.map((r) => r[k]).filter((v): v is number => typeof v === "number"))]),
  ) as LighthouseFigures;
  return { ...figures, runs: runs.length, failed: results.length - runs.length };
}
