// @ts-check

/**
 * Security headers for every route. This policy allows no inline script at all; page
 * responses get the same policy from proxy.ts plus the hashes of that page's own inline
 * scripts (lib/http/csp.ts; README, "How it is built").
 */
const policyDirectives = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "style-src-elem 'self'",
  "style-src-attr 'unsafe-inline'",
  // data: and blob: are the export pipeline's own images (SVG rasterised on a canvas).
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];
const contentSecurityPolicy = [...policyDirectives, "frame-ancestors 'none'"].join("; ");

const commonHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  ...commonHeaders,
  { key: "X-Frame-Options", value: "DENY" },
];

/**
 * The embed pages (/embed/trade, /embed/aid, /embed/map) are made to be framed by other sites:
 * any ancestor may frame them and they send no X-Frame-Options (which knows no "anyone").
 * proxy.ts sends the same frame-ancestors with the page's script hashes (lib/http/csp.ts).
 */
const embedHeaders = [
  { key: "Content-Security-Policy", value: [...policyDirectives, "frame-ancestors *"].join("; ") },
  ...commonHeaders,
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // NEXT_OUTPUT=standalone builds the self-contained server a deployer runs (README, scale-out section).
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  reactStrictMode: true,
  // Each view is rendered once and kept in memory (bounded, least recently used out), not
  // written to disk: the prerendered default views are the only pages on disk.
  cacheMaxMemorySize: 64 * 1024 * 1024,
  experimental: { isrFlushToDisk: false },
  async headers() {
    // Two disjoint sets: a path gets the embed headers or the site's, never both. The three routes
    // are EMBED_ROUTES of lib/url/embed-options.ts (tests/unit/embed-params.test.ts keeps them equal).
    return [
      { source: "/:path((?!embed/(?:trade|aid|map)(?:/[^/]+)?$).*)", headers: securityHeaders },
      { source: "/embed/:route(trade|aid|map)", headers: embedHeaders },
      { source: "/embed/:route(trade|aid|map)/:view", headers: embedHeaders },
    ];
  },
};

module.exports = nextConfig;
