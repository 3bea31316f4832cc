import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/scripts/lib/bench-report";
import { type LighthouseResult, median, medianFigures } from "@/scripts/lib/lighthouse-runner";

const job = { url: "http://127.0.0.1/", preset: "desktop" as const };
const run = (performance: number, lcpMs: number, full: boolean): LighthouseResult => ({
  ...job,
  performance,
  // Performance-only repeats report null for the other categories.
  accessibility: (full ? 100 : null) as number,
  bestPractices: (full ? 96 : null) as number,
  seo: (full ? 100 : null) as number,
  fcpMs: 800,
  lcpMs,
  tbtMs: 0,
  cls: 0,
});
const failed: LighthouseResult = { ...job, error: "NO_NAVSTART" };
/** A report with nothing measured but what a test gives. */
const report = (part: Partial<Parameters<typeof renderMarkdown>[0]>) =>
  renderMarkdown({
    date: "2026-12-02T00:00:00.000Z",
    machine: "2 cores",
    runsPerMedian: 1,
    loadSeconds: 5,
    firstLoad: [],
    lighthouse: [],
    export: null,
    load: [],
    ...part,
  });

describe("Lighthouse medians", () => {
  it("are null, not NaN, when nothing was measured", () => {
    expect(median([])).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
    expect(medianFigures([failed, failed])).toMatchObject({ performance: null, lcpMs: null, runs: 0, failed: 2 });
  });
  it("use the successful runs only, and count the failed ones", () => {
    const m = medianFigures([failed, run(90, 1200, false), run(94, 1000, false)]);
    expect(m).toMatchObject({ performance: 92, lcpMs: 1100, runs: 2, failed: 1 });
    // The full run failed and the repeats measured performance only: no accessibility figure.
    expect(m.accessibility).toBeNull();
  });
});

describe("bench report", () => {
  it('prints "failed" where no run measured a figure, never NaN', () => {
    const ok = medianFigures([run(95, 1000, true)]);
    const md = report({
      lighthouse: [
        { route: "/", mobile: ok, desktop: medianFigures([failed, failed]), staticMobile: ok, lcpRatio: null },
      ],
    });
    const line = md.split("\n").find((l) => l.startsWith("| / |"));
    expect(line).toBe("| / | 95 | failed | 100 | 96 | 100 | 1000 | 0 | 0 | 1000 | failed |");
    expect(md).not.toContain("NaN");
  });
});

describe("bench report, load", () => {
  it("names a run that sent request headers by its label, and a plain run by its path", () => {
    const figures = { p50Ms: 50, p99Ms: 120, errors: 0, non2xx: 0, requests: 1000 };
    const md = report({
      load: [
        { path: "/trade", requestsPerSec: 1400, vsStatic: 0.3, ...figures },
        { path: "/trade", label: "/trade, gzip", requestsPerSec: 600, vsStatic: 0.13, ...figures },
      ],
    });
    const rows = md.split("\n").filter((l) => l.startsWith("| /trade"));
    expect(rows).toEqual([
      "| /trade | 1400 | 50 | 120 | 0 | 0 | 0.3 |",
      "| /trade, gzip | 600 | 50 | 120 | 0 | 0 | 0.13 |",
    ]);
  });
});
