import { describe, expect, it } from "vitest";
import { buildInlineHashes } from "@/lib/http/csp";
import { deferPageScripts, deferredScripts, isScriptLoader } from "@/lib/http/defer-scripts";

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

  it("requests them after a frame has been drawn, or after a second without one", () => {
    const loader = /<script>(\(\(n,d\)=>[\s\S]*?)<\/script>/.exec(out)![1]!;
    expect(isScriptLoader(loader)).toBe(true);
    expect(loader).toContain("requestAnimationFrame(()=>setTimeout(g))");
    expect(loader).toContain("setTimeout(g,1e3)");
    // Run it in a stand-in document: nothing is requested until the frame, then each file once.
    const added: string[] = [];
    const frames: (() => void)[] = [];
    const timers: (() => void)[] = [];
    const doc = {
      createElement: () => ({ src: "" }),
      head: { append: (s: { src: string }) => added.push(s.src) },
    };
    new Function("document", "requestAnimationFrame", "setTimeout", loader)(
      doc,
      (f: () => void) => frames.push(f),
      (f: () => void) => timers.push(f),
    );
    expect(added).toEqual([]);
    frames.forEach((f) => f());
    timers.forEach((f) => f());
    timers.forEach((f) => f());
    expect(added).toEqual(deferredScripts(out));
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
