import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";

export type LighthouseFigures = {
  performance: number; accessibility: number; bestPractices: number; seo: number;
  fcpMs: number; lcpMs: number; tbtMs: number; cls: number;
};

const FLAGS = [
  "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run",
];

export async function launchChrome(chromePath: string) {
  return chromeLauncher.launch({ chromePath, chromeFlags: FLAGS });
}

/** One Lighthouse run (mobile = Lighthouse's default simulated Moto G Power profile; desktop = its desktop preset). */
export async function runLighthouse(url: string, port: number, preset: "mobile" | "desktop"): Promise<LighthouseFigures> {
  const config = preset === "desktop" ? (await import("lighthouse/core/config/desktop-config.js")).default : undefined;
  const result = await lighthouse(url, { port, output: "json", logLevel: "error" }, config);
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories, audits } = result.lhr;
  const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
  const num = (id: string) => audits[id]?.numericValue ?? Number.NaN;
  return {
    performance: score("performance"), accessibility: score("accessibility"), bestPractices: score("best-practices"), seo: score("seo"),
    fcpMs: Math.round(num("first-contentful-paint")), lcpMs: Math.round(num("largest-contentful-paint")),
    tbtMs: Math.round(num("total-blocking-time")), cls: Math.round(num("cumulative-layout-shift") * 1000) / 1000,
  };
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function medianFigures(runs: LighthouseFigures[]): LighthouseFigures {
  const keys = Object.keys(runs[0]!) as (keyof LighthouseFigures)[];
  return Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]))])) as LighthouseFigures;
}
