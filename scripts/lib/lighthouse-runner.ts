import { execFileSync } from "node:child_process";

type LighthouseFigures = {
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

/** The median, or null when there is nothing to take it of (never NaN). */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** A median over runs: null when no run measured it (every run failed, or none asked for it). */
export type MedianFigures = { [K in keyof LighthouseFigures]: number | null } & { runs: number; failed: number };

/** Medians over the successful runs; `failed` counts the runs Lighthouse could not complete. */
export function medianFigures(results: LighthouseResult[]): MedianFigures {
  const runs = results.filter((r): r is LighthouseJob & LighthouseFigures => !("error" in r));
  const keys = ["performance", "accessibility", "bestPractices", "seo", "fcpMs", "lcpMs", "tbtMs", "cls"] as const;
  // Runs that measured performance only report null for the other categories.
  const figures = Object.fromEntries(
    keys.map((k) => [k, median(runs.map((r) => r[k]).filter((v): v is number => typeof v === "number"))]),
  ) as { [K in keyof LighthouseFigures]: number | null };
  return { ...figures, runs: runs.length, failed: results.length - runs.length };
}
