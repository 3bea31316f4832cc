// @ts-check
/**
 * The site's security policy, written once. next.config.js takes its header rules from here
 * (files, APIs, images, every path's common headers) and the page store (./page-store.cjs)
 * takes each page's Content-Security-Policy from here, with that page's own inline-script
 * hashes. Embeds differ in one directive: any site may frame them. CommonJS, so that
 * next.config.js and the page store (both loaded by Node as they are) can require it.
 */
const { createHash } = require("node:crypto");

/** @typedef {{ scripts: string[]; styles: string[] }} InlineHashes */

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;

/** @param {string} text */
function sha256(text) {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/**
 * The CSP source expressions of every inline <script> and <style> element of a page. A stored
 * page is byte-identical on each request, so these hashes, computed once from those bytes,
 * allow exactly its own inline scripts (React's payload pushes, the script loader) and nothing
 * injected later. Scripts with src are covered by 'self'; JSON data blocks never run.
 * @param {string} html
 * @returns {InlineHashes}
 */
function buildInlineHashes(html) {
  const scripts = new Set();
  for (const [, attrs, body] of html.matchAll(SCRIPT)) {
    if (/\bsrc\s*=/i.test(attrs ?? "")) continue;
    if (/\btype\s*=\s*["']?application\/(ld\+)?json/i.test(attrs ?? "")) continue;
    scripts.add(sha256(body ?? ""));
  }
  const styles = new Set();
  for (const [, body] of html.matchAll(STYLE)) styles.add(sha256(body ?? ""));
  return { scripts: [...scripts], styles: [...styles] };
}

/**
 * The site's policy. script-src has no 'unsafe-inline': only the page's own hashed inline
 * scripts and same-origin files run. Inline style *attributes* stay allowed (React and
 * Recharts position marks with style=""; CSS cannot run script); <style> elements need a hash.
 * Only the embed routes (app/embed) may be framed, by any site; every other page by none.
 * @param {InlineHashes} [hashes]
 * @param {{ embeddable?: boolean }} [options]
 * @returns {string}
 */
function buildContentSecurityPolicy(hashes = { scripts: [], styles: [] }, { embeddable = false } = {}) {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...hashes.scripts].join(" "),
    "style-src 'self' 'unsafe-inline'",
    ["style-src-elem 'self'", ...hashes.styles].join(" "),
    "style-src-attr 'unsafe-inline'",
    // data: and blob: are the export pipeline's own images (SVG rasterised on a canvas).
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    embeddable ? "frame-ancestors *" : "frame-ancestors 'none'",
  ].join("; ");
}

/** Whether a path (or a page store key, which ends with the page's path) is an embed. The routes are views/registry.ts's embeds (a literal: Next loads this file before any bundle; tests/unit/view-registry.test.ts holds it to the registry). */
const EMBED_PATH = /\/embed\/(?:trade|aid|map)(?:\/[^/]+)?$/;

/**
 * The paths that are not pages: build assets, public files, API routes and the metadata
 * routes (sitemap, robots, icon, a view's preview image). They get the hashless policy from
 * next.config.js. Every other path is a page (or the not-found page), whose policy comes with
 * its stored HTML (./page-store.cjs): a second policy header would be enforced as well and
 * block the page's scripts. proxy.ts's matcher is the same set's complement
 * (tests/unit/policy.test.ts keeps them so).
 */
const NON_PAGE_PATHS =
  "api/.*|_next/.*|fonts/.*|icon\\.svg|favicon\\.ico|robots\\.txt|sitemap\\.xml|[a-z]+/[^/]+/opengraph-image-[a-z0-9]+";

const COMMON_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/**
 * next.config.js's header rules: the common headers everywhere; X-Frame-Options: DENY
 * everywhere but the embeds (it knows no "anyone"); the hashless policy on the non-page paths.
 * The three embed routes are EMBED_ROUTES of lib/url/embed-options.ts (tests keep them equal).
 */
function buildHeaderRules() {
  return [
    { source: "/:path*", headers: COMMON_HEADERS },
    {
      source: "/:path((?!embed/(?:trade|aid|map)(?:/[^/]+)?$).*)",
      headers: [{ key: "X-Frame-Options", value: "DENY" }],
    },
    {
      source: `/:path(${NON_PAGE_PATHS})`,
      headers: [{ key: "Content-Security-Policy", value: buildContentSecurityPolicy() }],
    },
  ];
}

module.exports = { EMBED_PATH, NON_PAGE_PATHS, buildContentSecurityPolicy, buildHeaderRules, buildInlineHashes };
