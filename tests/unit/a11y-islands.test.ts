import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ChartAccess } from "@/components/a11y/chart-access";
import KeyboardHelp from "@/components/a11y/keyboard-help";
import { CHART_KEYS } from "@/lib/a11y/keys";
import { japanReportedImports } from "./a11y-fixtures";

const input = { id: "trade", label: "Japan–Cambodia trade", series: [japanReportedImports(2000, 2009)] };
const props = { label: "Japan–Cambodia trade", getInput: async () => input, viewKey: "/api/trade?from=2000&to=2009" };

describe("accessible-chart islands, server markup", () => {
  it("the chart region is focusable, labelled with its keys, passes the chart through and has a live region", () => {
    const html = renderToStaticMarkup(
      createElement(ChartAccess, props, createElement("svg", { role: "img", "aria-label": "the chart" })),
    );
    expect(html).toMatch(/<div class="chart-access__region" role="application" aria-roledescription="chart"/);
    expect(html).toContain('tabindex="0"');
    expect(html).toContain("Japan–Cambodia trade. Press Down arrow to explore");
    expect(html).toContain('<svg role="img" aria-label="the chart"></svg>');
    expect(html).toMatch(/aria-live="polite"/);
  });

  it("the help button starts collapsed and controls the help", () => {
    const html = renderToStaticMarkup(createElement(ChartAccess, props));
    expect(html).toMatch(
      /<button type="button" class="chart-access__button" aria-expanded="false" aria-controls="[^"]+-help">Keyboard and sound<\/button>/,
    );
    expect(html).toContain(">Play as sound</button>");
    // Nothing of the help or the sound controls is rendered, or loaded, before it is asked for.
    expect(html).not.toContain("chart-access__help");
    expect(html).not.toContain("chart-access__sound");
  });

  it("the help lists every key the chart answers to", () => {
    const html = renderToStaticMarkup(createElement(KeyboardHelp, { id: "h", onClose: () => {} }));
    for (const k of CHART_KEYS) {
      expect(html).toContain(`<kbd>${k.names}</kbd>`);
      expect(html).toContain(k.does.replace(/'/g, "&#x27;"));
    }
  });
});

describe("the region's keys before the engine loads", () => {
  it("holds back every listed key that would scroll the page, and nothing else", async () => {
    const { SCROLL_KEYS } = await import("@/components/a11y/chart-access");
    const scrolling = ["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Home", "End", "PageUp", "PageDown", " "];
    const listed = CHART_KEYS.flatMap((k) => k.keys);
    expect([...SCROLL_KEYS].sort()).toEqual(listed.filter((k) => scrolling.includes(k)).sort());
  });
});
