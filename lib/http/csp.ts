import { createHash } from "node:crypto";

export type InlineHashes = { scripts: string[]; styles: string[] };

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;

function sha256(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/**
 * The CSP source expressions of every inline <script> and <style> element of a page. A page
 * served from the cache is byte-identical on each request, so these hashes, computed once,
 * allow exactly its own inline scripts (React's payload pushes) and nothing injected later.
 * Scripts with src are covered by 'self'; JSON data blocks are not executed and need none.
 */
export function buildInlineHashes(html: string): InlineHashes {
  const scripts = new Set<string>();
  for (const [, attrs, body] of html.matchAll(SCRIPT)) {
    if (/\bsrc\s*=/i.test(attrs ?? "")) continue;
    if (/\btype\s*=\s*["']?application\/(ld\+)?json/i.test(attrs ?? "")) continue;
    scripts.add(sha256(body ?? ""));
  }
  const styles = new Set<string>();
  for (const [, body] of html.matchAll(STYLE)) styles.add(sha256(body ?? ""));
  return { scripts: [...scripts], styles: [...styles] };
}

/**
 * Who may frame a page. Only the embed routes (app/embed) are made to be framed by other sites;
 * every other page refuses it (and also sends X-Frame-Options: DENY, next.config.js).
 */
const EMBED_FRAME_ANCESTORS = "frame-ancestors *";

/**
 * The site's policy. script-src has no 'unsafe-inline': only the page's own hashed inline
 * scripts and same-origin files run. Inline style *attributes* stay allowed (React and
 * Recharts position marks with style=""; CSS cannot run script); <style> elements need a hash.
 */
export function buildContentSecurityPolicy(
  hashes: InlineHashes = { scripts: [], styles: [] },
  { embeddable = false }: { embeddable?: boolean } = {},
): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...hashes.scripts].join(" "),
    ["style-src 'self' 'unsafe-inline'"].join(" "),
    ["style-src-elem 'self'", ...hashes.styles].join(" "),
    "style-src-attr 'unsafe-inline'",
    // data: and blob: are the export pipeline's own images (SVG rasterised on a canvas).
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    embeddable ? EMBED_FRAME_ANCESTORS : "frame-ancestors 'none'",
  ].join("; ");
}
