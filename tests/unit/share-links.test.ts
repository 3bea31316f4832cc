import { describe, expect, it } from "vitest";
import { buildEmbedLink, buildIframeSnippet, buildViewLink } from "@/lib/share/share-links";
import { embedTarget } from "@/views/shared/embed-target";
import { EMBED_ROUTES } from "@/views/registry";
import { tradeEmbed } from "@/views/trade/embed";

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
    expect(EMBED_ROUTES).toContain("trade");
    expect(EMBED_ROUTES).toContain("map");
    expect(EMBED_ROUTES).not.toContain("region");
  });

  it("writes an iframe with an escaped src, a title and the route's height", () => {
    const html = buildIframeSnippet(ORIGIN, embedTarget("trade", tradeEmbed), "?reporter=japan&from=1994", 'Site "A"');
    expect(html).toBe(
      '<iframe src="https://example.org/embed/trade?reporter=japan&amp;from=1994" title="Japan–Cambodia trade (Site &quot;A&quot;)" width="100%" height="640" style="border:0" loading="lazy"></iframe>',
    );
    const height = embedTarget("trade", tradeEmbed).frameHeight;
    expect(height("?reporter=both")).toBeGreaterThan(height("?reporter=japan"));
  });
});
