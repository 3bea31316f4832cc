import { describe, expect, it } from "vitest";
import {
  buildEmbedLink,
  buildIframeSnippet,
  buildViewLink,
  embedHeight,
  embeddableRoute,
} from "@/lib/share/share-links";

const ORIGIN = "https://example.org";

describe("share links", () => {
  it("links to the view on screen and to its embed with the same parameters", () => {
    expect(buildViewLink(ORIGIN, "/trade", "?reporter=both&from=1994")).toBe(
      "https://example.org/trade?reporter=both&from=1994",
    );
    expect(buildViewLink(ORIGIN, "/aid", "")).toBe("https://example.org/aid");
    expect(buildEmbedLink(ORIGIN, "map", "phase=before")).toBe("https://example.org/embed/map?phase=before");
  });

  it("knows which pages have an embed", () => {
    expect(embeddableRoute("/trade")).toBe("trade");
    expect(embeddableRoute("/map/")).toBe("map");
    expect(embeddableRoute("/region")).toBeNull();
  });

  it("writes an iframe with an escaped src, a title and the route's height", () => {
    const html = buildIframeSnippet(ORIGIN, "trade", "?reporter=japan&from=1994", 'Site "A"');
    expect(html).toBe(
      '<iframe src="https://example.org/embed/trade?reporter=japan&amp;from=1994" title="Japan–Cambodia trade (Site &quot;A&quot;)" width="100%" height="640" style="border:0" loading="lazy"></iframe>',
    );
    expect(embedHeight("trade", "?reporter=both")).toBeGreaterThan(embedHeight("trade", "?reporter=japan"));
  });
});
