import { describe, expect, it } from "vitest";
import { VIEW_CONTEXT } from "./view-context-fixture";
import { buildViewSearch, readViewSegment } from "@/views/shared/view-key";
import { searchToSegment, segmentToSearchParams } from "@/lib/url/segment";

const ctx = VIEW_CONTEXT;

describe("view keys", () => {
  it("writes a valid view in canonical order with defaults left out", () => {
    const { search, issues } = buildViewSearch("trade", { to: "2020", from: "1994", reporter: "both" }, ctx);
    expect(issues).toEqual([]);
    expect(search).toBe("?reporter=both&to=2020");
    expect(searchToSegment(search)).toBe("reporter.both_to.2020");
  });

  it("gives an invalid parameter the key of the view it falls back to, and names it", () => {
    const bad = buildViewSearch("trade", { reporter: "thailand", from: "abc" }, ctx);
    expect(bad.search).toBe(buildViewSearch("trade", {}, ctx).search);
    expect(bad.issues.map((i) => i.param)).toEqual(["reporter", "from"]);
    const map = buildViewSearch("map", { phase: "annexed", province: "nowhere" }, ctx);
    expect(searchToSegment(map.search)).toBe("default");
    expect(map.issues.map((i) => i.param)).toEqual(["province"]);
  });

  it("carries a zoomed map view's coordinates without commas in the segment, and reads them back", () => {
    const { search, issues } = buildViewSearch("map", { center: "103.2,13.1", scale: "4" }, ctx);
    expect(issues).toEqual([]);
    const segment = searchToSegment(search);
    expect(segment).not.toContain(",");
    expect(segment).toBe("center.103.2~13.1_scale.4");
    expect(segmentToSearchParams(segment)).toEqual({ center: "103.2,13.1", scale: "4" });
    expect(readViewSegment("map", segment, ctx)).toEqual({ center: "103.2,13.1", scale: "4" });
  });

  it("keeps a timeline event only if it exists", () => {
    expect(buildViewSearch("timeline", { event: "1941-tokyo-convention" }, ctx).search).toBe(
      "?event=1941-tokyo-convention",
    );
    const missing = buildViewSearch("timeline", { era: "cold-war", event: "no-such-event" }, ctx);
    expect(missing.search).toBe("?era=cold-war");
    expect(missing.issues[0]?.param).toBe("event");
  });

  it("reads back only canonical segments", () => {
    const segment = searchToSegment(buildViewSearch("map", { province: "koh-kong", zoom: "ceded" }, ctx).search);
    expect(segmentToSearchParams(segment)).toEqual({ zoom: "ceded", province: "koh-kong" });
    expect(readViewSegment("map", segment, ctx)).toEqual({ zoom: "ceded", province: "koh-kong" });
    expect(readViewSegment("map", "province.koh-kong_zoom.ceded", ctx)).toBeNull(); // not in canonical order
    expect(readViewSegment("map", "phase.annexed", ctx)).toBeNull(); // a default spelled out
    expect(readViewSegment("aid", "from.1800", ctx)).toBeNull();
    expect(readViewSegment("aid", "default", ctx)).toEqual({});
  });
});
