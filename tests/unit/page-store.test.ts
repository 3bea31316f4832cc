import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { findBuildProblems, getPageLayer } from "@/lib/http/page-check.cjs";
import PageStore from "@/lib/http/page-store.cjs";
import { buildInlineHashes } from "@/lib/http/policy.cjs";

// A page as Next 16 writes it: async scripts and a preload in the head, the payload in the body.
const PAGE =
  '<!DOCTYPE html><html><head><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>' +
  '<script src="/_next/static/chunks/a.js" async=""></script><script src="/_next/static/chunks/b.js" async=""></script>' +
  "</head><body><main>Trade</main><script>(self.__next_f=self.__next_f||[]).push([0])</script></body></html>";
const STATE = Symbol.for("cambodia-japan-dashboard.page-layer");
const layer = globalThis as unknown as Record<symbol, unknown>;

function buildDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "page-check-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

const page = (html = PAGE) => ({
  kind: "APP_PAGE",
  html,
  rscData: Buffer.from("0:[]"),
  headers: {} as Record<string, string>,
});
const scriptSrc = (headers: Record<string, string>) =>
  headers["content-security-policy"]!.split("; ")
    .find((d) => d.startsWith("script-src "))!
    .split(" ")
    .slice(1);

afterEach(() => {
  delete layer[STATE];
  vi.restoreAllMocks();
});

describe("the page store", () => {
  it("stores a page with its scripts deferred and a policy of exactly those bytes, in the entry Next sends", async () => {
    layer[STATE] = { problems: [], defer: true };
    const store = new PageStore({ maxMemoryCacheSize: 1e6 });
    const value = page();
    await store.set("/trade/reporter.both", value, { cacheControl: { revalidate: false } });
    expect(value.html).not.toContain('async=""');
    expect(value.html).toContain("<script>((n,d)=>");
    expect(scriptSrc(value.headers)).toEqual(["'self'", ...buildInlineHashes(value.html).scripts]);
    expect(value.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    const hit = await store.get("/trade/reporter.both");
    expect(hit?.value).toBe(value);
    await store.set("/embed/trade/default", page(), {});
    const embed = (await store.get("/embed/trade/default"))!.value as ReturnType<typeof page>;
    expect(embed.headers["content-security-policy"]).toContain("frame-ancestors *");
  });

  it("reads a page next build prerendered from the build output, as Next wrote it, then stores it secured", async () => {
    layer[STATE] = { problems: [], defer: true };
    const server = mkdtempSync(path.join(tmpdir(), "page-store-"));
    mkdirSync(path.join(server, "app", "trade", "default.segments"), { recursive: true });
    const file = path.join(server, "app", "trade", "default");
    writeFileSync(`${file}.html`, PAGE);
    writeFileSync(`${file}.rsc`, "0:[]");
    writeFileSync(
      `${file}.meta`,
      JSON.stringify({ headers: { "x-nextjs-stale-time": "300" }, segmentPaths: ["/_tree"] }),
    );
    writeFileSync(`${file}.segments/_tree.segment.rsc`, "tree");
    const store = new PageStore({ maxMemoryCacheSize: 1e6, serverDistDir: server });
    const key = "/route-cache/APP_PAGE/0a1b/$/trade/default";
    const entry = (await store.get(key, { kind: "APP_PAGE" }))!;
    const value = entry.value as ReturnType<typeof page> & { segmentData: Map<string, Buffer> };
    expect(value.html).toContain("<script>((n,d)=>");
    expect(scriptSrc(value.headers)).toEqual(["'self'", ...buildInlineHashes(value.html).scripts]);
    expect(value.headers["x-nextjs-stale-time"]).toBe("300");
    expect(value.segmentData.get("/_tree")?.toString()).toBe("tree");
    expect((await store.get(key, { kind: "APP_PAGE" }))!.value).toBe(value);
    expect(await store.get("/route-cache/APP_PAGE/0a1b/$/trade/reporter.both", { kind: "APP_PAGE" })).toBeNull();
  });

  it("is bounded by bytes, least recently used out", async () => {
    layer[STATE] = { problems: [], defer: true };
    const size = page().html.length;
    const store = new PageStore({ maxMemoryCacheSize: size * 2.5 + 200 });
    await store.set("/a/1", page(), {});
    await store.set("/a/2", page(), {});
    await store.get("/a/1");
    await store.set("/a/3", page(), {});
    expect(await store.get("/a/2")).toBeNull();
    expect(await store.get("/a/1")).not.toBeNull();
    expect(await store.get("/a/3")).not.toBeNull();
    expect(PageStore.usage.bytes).toBeLessThanOrEqual(size * 2.5 + 200);
  });
});

describe("the start-up check of Next's output", () => {
  it("finds nothing wrong with the shape the page layer knows", () => {
    expect(findBuildProblems(buildDir({ "index.html": PAGE, "_not-found.html": PAGE }))).toEqual([]);
  });

  it("names each assumption that fails: a missing file, changed script tags, no payload to hash", () => {
    const changed = PAGE.replaceAll('async=""', 'defer=""');
    const problems = findBuildProblems(buildDir({ "index.html": changed }));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/overview's script tags \(index\.html\)/);
    expect(problems[1]).toMatch(/prerendered _not-found\.html is not in/);
    const noPayload = findBuildProblems(
      buildDir({ "index.html": PAGE, "_not-found.html": "<html><head></head></html>" }),
    );
    expect(noPayload.join()).toMatch(/not-found page \(_not-found\.html\) has no inline script/);
  });

  it("on a changed shape, logs one error and sends pages as Next wrote them, each with its own scripts allowed", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const changed = PAGE.replaceAll('async=""', 'defer=""');
    const state = getPageLayer(buildDir({ "index.html": changed, "_not-found.html": changed }));
    expect(state.defer).toBe(false);
    expect(error).toHaveBeenCalledTimes(1);
    expect(error.mock.calls[0]![0]).toMatch(/^Page layer: .*script tags.*sent as Next wrote them/);
    const value = page();
    await new PageStore({ maxMemoryCacheSize: 1e6 }).set("/aid/default", value, {});
    expect(value.html).toBe(PAGE);
    expect(scriptSrc(value.headers)).toEqual(["'self'", ...buildInlineHashes(PAGE).scripts]);
    expect(scriptSrc(value.headers)).not.toContain("'unsafe-inline'");
  });
});
