// @ts-check
const { buildHeaderRules } = require("./lib/http/policy.cjs");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // NEXT_OUTPUT=standalone builds the self-contained server a deployer runs (README, scale-out section).
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  reactStrictMode: true,
  // The proxy sees the URL the server was asked for and its rewrites keep that origin. Without
  // it Next renames any 127.x host "localhost", and on any address but localhost (-H 127.0.0.2,
  // -H 127.0.0.1) a rewrite then looks external and Next proxies it over the network.
  skipProxyUrlNormalize: true,
  // The one store of rendered pages (lib/http/page-store.cjs): in memory, bounded by these many
  // bytes, least recently used out. It stores each page with its deferred scripts and its policy.
  cacheHandler: require.resolve("./lib/http/page-store.cjs"),
  cacheMaxMemorySize: 64 * 1024 * 1024,
  // Security headers (lib/http/policy.cjs): pages get their policy from the page store.
  async headers() {
    return buildHeaderRules();
  },
};

module.exports = nextConfig;
