import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "./support/test";
import { CHART_KEYS } from "../lib/a11y/keys";
import { japanOdaByYear } from "./support/aid";
import { readCsv } from "./support/data";

/**
 * The chart's keyboard tree, its sound and the keys help, as a reader meets them on /trade and
 * /aid. Every expected figure is read from data/ here, never typed in. The sound is checked with
 * a stand-in AudioContext that records what would be played (a test cannot listen).
 */

type Tone = { frequency: number; start: number; stopped: boolean };
declare global {
  interface Window {
    __tones: Tone[];
  }
}

/** Replaces the browser's AudioContext with a recorder of each oscillator's pitch, start and stop. */
async function recordAudio(page: Page) {
  await page.addInitScript(() => {
    window.__tones = [];
    const t0 = performance.now();
    const param = (onSet?: (v: number) => void) => ({
      setValueAtTime: (v: number) => onSet?.(v),
      linearRampToValueAtTime: () => undefined,
      cancelScheduledValues: () => undefined,
    });
    class RecordingContext {
      destination = {};
      get currentTime() {
        return (performance.now() - t0) / 1000;
      }
      resume() {
        return Promise.resolve();
      }
      createOscillator() {
        const tone: Tone = { frequency: NaN, start: NaN, stopped: false };
        return {
          type: "sine",
          frequency: param((v) => (tone.frequency = v)),
          connect: () => undefined,
          disconnect: () => undefined,
          start: (when: number) => {
            tone.start = when;
            window.__tones.push(tone);
          },
          stop: (when: number) => {
            if (when <= (performance.now() - t0) / 1000 + 0.01) tone.stopped = true;
          },
        };
      }
      createGain() {
        return { gain: param(), connect: () => undefined, disconnect: () => undefined };
      }
    }
    Object.defineProperty(window, "AudioContext", { value: RecordingContext, configurable: true });
  });
}

/** Japan-reported values of one flow, by year, straight from the trade CSV. */
function japanReported(flow: "japan_to_cambodia" | "cambodia_to_japan"): Map<number, number> {
  const out = new Map<number, number>();
  for (const r of readCsv("trade_japan_cambodia.csv"))
    if (r.series === "imf_dots_japan_reported" && r.flow === flow) out.set(Number(r.year), Number(r.value));
  return out;
}

const fmt = (v: number) => new Intl.NumberFormat("en-US", { maximumFractionDigits: 3 }).format(v);
const region = (page: Page) => page.locator(".chart-access__region").first();
const live = (page: Page) => page.locator("[data-chart-announcer]").first();

test("playing Japan's imports from Cambodia for 2000–2009 schedules ten tones in the order of the values; Escape stops", async ({
  page,
}) => {
  await recordAudio(page);
  await page.goto("/trade?from=2000&to=2009");
  await region(page).focus();
  // Down into the series, Right to the second (Cambodia → Japan as Japan reports it), P to play.
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowRight");
  await expect(live(page)).toContainText("Cambodia → Japan");
  // Slow speed (0.5 s a year), so the playing is surely still going when Escape is pressed.
  await page.keyboard.press("-");
  await page.keyboard.press("p");
  await expect.poll(() => page.evaluate(() => window.__tones.length)).toBe(10);
  const tones = await page.evaluate(() => window.__tones.map((t) => ({ ...t })));
  const imports = japanReported("cambodia_to_japan");
  const values = [...Array(10).keys()].map((i) => imports.get(2000 + i)!);
  expect(values.every((v) => Number.isFinite(v))).toBe(true);
  // Tones in time order; a higher value must sound higher, an equal value equal.
  const pitches = [...tones].sort((a, b) => a.start - b.start).map((t) => t.frequency);
  for (let i = 0; i < 10; i++)
    for (let j = 0; j < 10; j++) expect(Math.sign(pitches[i]! - pitches[j]!)).toBe(Math.sign(values[i]! - values[j]!));
  await expect(page.getByRole("button", { name: "Play as sound" })).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("Escape");
  await expect(live(page)).toContainText("Sound stopped.");
  const stopped = await page.evaluate(() => window.__tones.filter((t) => !t.stopped).length);
  // Every tone that had not yet sounded is cancelled at once (the ones already played ended on their own).
  const future = tones.filter((t) => t.start > tones[0]!.start + 1.5).length;
  expect(future).toBeGreaterThan(0);
  expect(stopped).toBe(0);
  await expect(page.getByRole("button", { name: "Play as sound" })).toHaveAttribute("aria-pressed", "false");
});

test("a year without data sounds as silence: 1974–1979 of Japan's exports plays a tone for each year with a value only", async ({
  page,
}) => {
  await recordAudio(page);
  await page.goto("/trade?from=1974&to=1979");
  const exports = japanReported("japan_to_cambodia");
  const years = [1974, 1975, 1976, 1977, 1978, 1979];
  const withData = years.filter((y) => exports.has(y));
  expect(withData.length).toBeLessThan(years.length); // the range holds a gap in the source
  await region(page).focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("p");
  await expect(live(page)).toContainText("silence is a year without data");
  await expect.poll(() => page.evaluate(() => window.__tones.length)).toBe(withData.length);
  // The silent years leave their slot empty: the gap between tones around a missing year is two steps.
  const starts = (await page.evaluate(() => window.__tones.map((t) => t.start))).sort((a, b) => a - b);
  const step = (starts[1]! - starts[0]!) / (withData[1]! - withData[0]!);
  withData.forEach((y, i) => expect(starts[i]! - starts[0]!).toBeCloseTo((y - withData[0]!) * step, 2));
});

test("Down, Down, Right reaches the second decade of the first series and reads its first and last values", async ({
  page,
}) => {
  await page.goto("/trade?from=1960&to=2020");
  await region(page).focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(live(page)).toContainText("1960s");
  await page.keyboard.press("ArrowRight");
  const exports = japanReported("japan_to_cambodia");
  const decade = [...exports].filter(([y]) => y >= 1970 && y <= 1979).sort(([a], [b]) => a - b);
  const [firstYear, first] = decade[0]!;
  const [lastYear, last] = decade[decade.length - 1]!;
  const text = live(page);
  await expect(text).toContainText("1970s");
  await expect(text).toContainText(`USD ${fmt(first)} million in ${firstYear}`);
  await expect(text).toContainText(`USD ${fmt(last)} million in ${lastYear}`);
  await expect(text).toContainText(`${10 - decade.length} years without data`);
  // Down once more: the decade's first year, its value and the series it belongs to.
  await page.keyboard.press("ArrowDown");
  await expect(text).toContainText(`${firstYear}: USD ${fmt(first)} million`);
});

test("the aid chart is walked the same way, and its 1984–1987 gap is read as years without data", async ({ page }) => {
  await page.goto("/aid?from=1980&to=1989");
  await region(page).focus();
  await page.keyboard.press("ArrowDown");
  const oda = japanOdaByYear();
  const missing = [1980, 1981, 1982, 1983, 1984, 1985, 1986, 1987, 1988, 1989].filter((y) => !oda.has(y));
  expect(missing.length).toBeGreaterThan(0);
  await expect(live(page)).toContainText(`${missing.length} years without data`);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  const v1980 = oda.get(1980);
  await expect(live(page)).toContainText(
    v1980 === undefined ? "1980: no data" : `1980: USD ${fmt(v1980 / 1e6)} million`,
  );
});

test("the keys help opens by keyboard, lists every key, and Escape closes it back to its button", async ({ page }) => {
  for (const path of ["/trade", "/aid"]) {
    await page.goto(path);
    const button = page.getByRole("button", { name: "Keyboard and sound" }).first();
    await button.focus();
    await page.keyboard.press("Enter");
    await expect(button).toHaveAttribute("aria-expanded", "true");
    const help = page.locator(`#${await button.getAttribute("aria-controls")}`);
    await expect(help).toBeVisible();
    for (const k of CHART_KEYS) {
      await expect(help.locator("kbd", { hasText: k.names }).first()).toBeVisible();
      await expect(help).toContainText(k.does);
    }
    await page.keyboard.press("Escape");
    await expect(help).toBeHidden();
    await expect(button).toBeFocused();
  }
});

test("the region walks the server's SVG before the chart library loads", async ({ page }) => {
  await page.goto("/trade?from=2000&to=2009");
  await region(page).focus();
  await page.keyboard.press("ArrowDown");
  await expect(live(page)).toContainText("Series 1 of");
  // Focusing the region alone loads no chart library: the static figure is still the chart.
  await expect(page.locator("svg.recharts-surface")).toHaveCount(0);
  await expect(page.locator("svg.chart-static--wide").first()).toBeVisible();
});

test("no axe violations with the help and the sound controls open", async ({ page }) => {
  test.setTimeout(90_000); // two pages through axe: slow on a loaded 2-core machine, as in a11y.spec.ts
  await recordAudio(page);
  for (const path of ["/trade", "/aid"]) {
    await page.goto(path);
    await page.getByRole("button", { name: "Keyboard and sound" }).first().click();
    await page.getByRole("button", { name: "Play as sound" }).first().click();
    await expect(page.locator(".chart-access__sound").first()).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
    await page.keyboard.press("Escape");
  }
});
