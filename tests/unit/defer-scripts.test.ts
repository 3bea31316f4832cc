import { describe, expect, it } from "vitest";
import { buildInlineHashes } from "@/lib/http/policy.cjs";
import { deferPageScripts, deferredScripts, isScriptLoader } from "@/lib/http/defer-scripts.cjs";

// The shape of a page as Next 16 renders it: a preload and async scripts in the head, the
// theme script, a noModule polyfill, the inline payload at the end of the body.
const PAGE =
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>' +
  '<link rel="stylesheet" href="/_next/static/chunks/0rq2c1oydccgx.css" data-precedence="next"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/3y705tc4v-41-.js"/>' +
  '<script src="/_next/static/chunks/182vggk05w64e.js" async=""></script>' +
  '<script src="/_next/static/chunks/turbopack-077hmtqrhcoji.js" async=""></script>' +
  '<script src="/_next/static/chunks/3y705tc4v-41-.js" async=""></script>' +
  "<script>try{document.documentElement.dataset.theme}catch(e){}</script>" +
  '<script src="/_next/static/chunks/polyfill.js" noModule=""></script></head>' +
  "<body><main><h1>Trade</h1></main><script>(self.__next_f=self.__next_f||[]).push([0])</script></body></html>";

describe("deferPageScripts", () => {
  const out = deferPageScripts(PAGE);

  it("takes the async scripts and their preload out of the head", () => {
    expect(out).not.toMatch(/<script src="[^"]+" async="">/);
    expect(out).not.toContain('rel="preload" as="script"');
  });

  it("has one loader ask for the same files, in the same order", () => {
    expect(out.match(/<script>\(\(n,d\)=>/g)).toHaveLength(1);
    expect(deferredScripts(out)).toEqual([
      "/_next/static/chunks/182vggk05w64e.js",
      "/_next/static/chunks/turbopack-077hmtqrhcoji.js",
      "/_next/static/chunks/3y705tc4v-41-.js",
    ]);
  });

  /** Runs the loader in a stand-in window; returns what it asked for and the hooks it left. */
  function runLoader(withPaintTiming: boolean) {
    const loader = /<script>(\(\(n,d\)=>[\s\S]*?)<\/script>/.exec(out)![1]!;
    const added: string[] = [];
    const timers: { f: () => void; ms?: number }[] = [];
    let observer:
      ((list: { getEntriesByName: (n: string) => unknown[] }, o: { disconnect: () => void }) => void) | null = null;
    class Observer {
      constructor(cb: typeof observer) {
        observer = cb;
      }
      observe() {}
    }
    const doc = { createElement: () => ({ src: "" }), head: { append: (s: { src: string }) => added.push(s.src) } };
    const missing = () => {
      throw new ReferenceError("PerformanceObserver is not defined");
    };
    new Function("PerformanceObserver", "document", "setTimeout", loader)(
      withPaintTiming ? Observer : missing,
      doc,
      (f: () => void, ms?: number) => timers.push({ f, ms }),
    );
    return {
      loader,
      added,
      timers,
      paint: (name: string) => observer!({ getEntriesByName: (n) => (n === name ? [{}] : []) }, { disconnect() {} }),
    };
  }

  it("requests them once the first contentful paint is reported, each file once", () => {
    const run = runLoader(true);
    expect(isScriptLoader(run.loader)).toBe(true);
    run.paint("first-paint");
    run.timers.filter((t) => t.ms === undefined).forEach((t) => t.f());
    expect(run.added).toEqual([]);
    run.paint("first-contentful-paint");
    run.timers.filter((t) => t.ms === undefined).forEach((t) => t.f());
    expect(run.added).toEqual(deferredScripts(out));
    run.timers.filter((t) => t.ms === 3000).forEach((t) => t.f());
    expect(run.added).toEqual(deferredScripts(out));
  });

  it("falls back to three seconds where nothing paints or paint timing is missing", () => {
    const unpainted = runLoader(true);
    expect(unpainted.added).toEqual([]);
    unpainted.timers.filter((t) => t.ms === 3000).forEach((t) => t.f());
    expect(unpainted.added).toEqual(deferredScripts(out));
    const untimed = runLoader(false);
    expect(untimed.added).toEqual([]);
    untimed.timers.filter((t) => t.ms === 3000).forEach((t) => t.f());
    expect(untimed.added).toEqual(deferredScripts(out));
  });

  it("puts the loader last in the head, after the inline scripts React renders there", () => {
    const head = out.slice(0, out.indexOf("</head>"));
    expect(head.lastIndexOf("<script>")).toBe(head.indexOf("<script>((n,d)=>"));
    expect(head.indexOf("<script>((n,d)=>")).toBeGreaterThan(head.indexOf("<script>try{"));
  });

  it("leaves the other scripts, the stylesheet and the markup as they were", () => {
    expect(out).toContain(
      '<link rel="stylesheet" href="/_next/static/chunks/0rq2c1oydccgx.css" data-precedence="next"/>',
    );
    expect(out).toContain("<script>try{document.documentElement.dataset.theme}catch(e){}</script>");
    expect(out).toContain('<script src="/_next/static/chunks/polyfill.js" noModule=""></script>');
    expect(out).toContain(
      "<body><main><h1>Trade</h1></main><script>(self.__next_f=self.__next_f||[]).push([0])</script>",
    );
  });

  it("gives the loader a hash in the page's policy like its other inline scripts", () => {
    expect(buildInlineHashes(out).scripts).toHaveLength(buildInlineHashes(PAGE).scripts.length + 1);
  });

  it("returns a page without Next's scripts as it is, and does nothing to a page it has done", () => {
    const plain = "<html><head></head><body><p>Not found</p></body></html>";
    expect(deferPageScripts(plain)).toBe(plain);
    expect(deferredScripts(plain)).toEqual([]);
    expect(deferPageScripts(out)).toBe(out);
  });
});
