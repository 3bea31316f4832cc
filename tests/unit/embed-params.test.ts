import { describe, expect, it } from "vitest";
import { VIEW_CONTEXT } from "./view-context-fixture";
import { EMBED_ROUTES } from "@/views/registry";
import { embedHref, withEmbedOptions } from "@/lib/url/embed-options";
import { buildEmbedTarget, embedRouteOf, isEmbedPath } from "@/views/shared/embed-key";
import { embedSegment, parseEmbedParams, splitEmbedSegment } from "@/lib/url/embed-params";

const ctx = VIEW_CONTEXT;

describe("embed parameters", () => {
  it("splits theme and controls from the view's own parameters", () => {
    const { options, view, issues } = parseEmbedParams({ reporter: "both", theme: "dark", controls: "1" });
    expect(options).toEqual({ theme: "dark", controls: true });
    expect(view).toEqual({ reporter: "both" });
    expect(issues).toEqual([]);
  });

  it("falls back to auto and no controls, naming each bad option", () => {
    const { options, issues } = parseEmbedParams({ theme: "sepia", controls: "yes" });
    expect(options).toEqual({ theme: "auto", controls: false });
    expect(issues.map((i) => i.param)).toEqual(["theme", "controls"]);
  });

  it("rewrites an embed to the view's canonical segment with the options appended, defaults left out", () => {
    expect(buildEmbedTarget("trade", { to: "2020", from: "1994", reporter: "both" }, ctx)).toBe(
      "/embed/trade/reporter.both_to.2020",
    );
    expect(buildEmbedTarget("trade", { reporter: "both", controls: "1", theme: "dark" }, ctx)).toBe(
      "/embed/trade/reporter.both_theme.dark_controls.1",
    );
    expect(buildEmbedTarget("aid", { theme: "auto", controls: "0" }, ctx)).toBe("/embed/aid/default");
    expect(buildEmbedTarget("map", { theme: "light", province: "atlantis" }, ctx)).toBe("/embed/map/theme.light");
  });

  it("reads back only the canonical segment the proxy writes", () => {
    expect(splitEmbedSegment("reporter.both_theme.dark_controls.1")).toEqual({
      options: { theme: "dark", controls: true },
      viewSegment: "reporter.both",
    });
    expect(splitEmbedSegment("default")).toEqual({
      options: { theme: "auto", controls: false },
      viewSegment: "default",
    });
    // Options out of order, a default spelled out, or a bad value are not keys.
    expect(splitEmbedSegment("controls.1_theme.dark")).toBeNull();
    expect(splitEmbedSegment("theme.auto")).toBeNull();
    expect(splitEmbedSegment("theme.sepia")).toBeNull();
    expect(embedSegment("default", { theme: "light", controls: false })).toBe("theme.light");
  });

  it("knows the embed paths and appends options to a search string", () => {
    expect(embedRouteOf("/embed/trade")).toBe("trade");
    expect(embedRouteOf("/embed/timeline")).toBeNull();
    expect(embedRouteOf("/trade")).toBeNull();
    expect(isEmbedPath("/embed/map/phase.before")).toBe(true);
    expect(isEmbedPath("/trade/default")).toBe(false);
    expect(withEmbedOptions("?reporter=both", { theme: "dark", controls: true })).toBe(
      "?reporter=both&theme=dark&controls=1",
    );
    expect(withEmbedOptions("", { theme: "auto", controls: true })).toBe("?controls=1");
  });

  it("keeps an embed's links inside the embed, with its options", () => {
    const options = { theme: "dark", controls: true } as const;
    expect(embedHref("/map?phase=before", options)).toBe("/embed/map?phase=before&theme=dark&controls=1");
    expect(embedHref("/trade", { theme: "auto", controls: false })).toBe("/embed/trade");
    expect(embedHref("/map?phase=before")).toBe("/map?phase=before");
  });
});

describe("the embed routes in next.config.js", () => {
  it("are the routes lib/url/embed-options.ts lists, in each header rule that names them", async () => {
    const config = (await import("../../next.config.js")).default as {
      headers: () => Promise<{ source: string }[]>;
    };
    const sources = (await config.headers()).map((r) => r.source);
    const named = sources.flatMap((s) => [...s.matchAll(/\((?:\?:)?((?:[a-z]+\|)+[a-z]+)\)/g)].map((m) => m[1]));
    // One rule names them now (X-Frame-Options); their policy comes with each stored page.
    expect(named.length).toBeGreaterThanOrEqual(1);
    for (const list of named) expect(list!.split("|")).toEqual([...EMBED_ROUTES]);
  });
});
