import { gzipSync } from "node:zlib";
import { isScriptLoader } from "../../lib/http/defer-scripts.cjs";

export type HtmlBytes = {
  /** The whole document, gzip level 9. */
  gzipBytes: number;
  rawBytes: number;
  /**
   * The inline React Server Components payload: the text of every inline script but the
   * script loader, which lists the page's script files (markup moved, not a copy of the page).
   */
  payloadBytes: number;
  /** Everything else: the markup the reader sees (and its CSS links, head and so on). */
  markupBytes: number;
};

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;

/** Splits a page's HTML into its inline payload and its markup, and gzips the whole. */
export function measureHtml(html: string): HtmlBytes {
  let payloadBytes = 0;
  for (const [, body] of html.matchAll(INLINE_SCRIPT))
    if (!isScriptLoader(body ?? "")) payloadBytes += Buffer.byteLength(body ?? "");
  const rawBytes = Buffer.byteLength(html);
  return {
    gzipBytes: gzipSync(html, { level: 9 }).length,
    rawBytes,
    payloadBytes,
    markupBytes: Buffer.byteLength(
      html.replace(INLINE_SCRIPT, (tag, body: string) => (isScriptLoader(body) ? tag : "")),
    ),
  };
}
