// @ts-check
/**
 * The store of rendered pages: Next's cache handler (next.config.js `cacheHandler`), the one
 * place a rendered view is kept, bounded by bytes, least recently used out. Next renders a view
 * on its first request and hands the result to `set` before it sends it (a page prerendered by
 * `next build`, the overview and each route's default view, is read from the build output
 * instead, so every instance of a build sends the same bytes with the same ETag for it); `set` replaces the HTML, in that same entry,
 * with the page whose scripts load after its first paint (./defer-scripts.cjs) and adds the
 * page's Content-Security-Policy, hashing exactly those bytes (./policy.cjs). Next sends a
 * stored page's headers with it, so the first response and every later one, a navigation, a
 * fetch() of the page, a frame or a request without Fetch Metadata, get the same bytes with
 * the policy made from them; a client navigation (RSC: 1) gets the page's React payload. No
 * request to the server's own address, no second copy of a page.
 */
const { readFile, stat } = require("node:fs/promises");
const path = require("node:path");
const { deferPageScripts } = require("./defer-scripts.cjs");
const { getPageLayer } = require("./page-check.cjs");
const { EMBED_PATH, buildContentSecurityPolicy, buildInlineHashes } = require("./policy.cjs");

const POLICY_HEADER = "content-security-policy";
/** next.config.js's cacheMaxMemorySize, when Next does not pass it on. */
const DEFAULT_LIMIT = 64 * 1024 * 1024;

/**
 * @typedef {{ kind: string; html?: string; body?: Buffer; rscData?: Buffer; postponed?: string;
 *   segmentData?: Map<string, Buffer>; data?: unknown; headers?: Record<string, unknown> }} CacheValue
 * @typedef {{ value: CacheValue | null; lastModified: number; cacheControl?: unknown }} CacheEntry
 */

/**
 * A page entry as it is sent: HTML with its scripts deferred (unless the start-up check found
 * Next's output changed), and the policy of those bytes in its headers. Changes the entry in
 * place, since Next sends the same object it stores. Does nothing to an entry it has done.
 * @param {CacheValue} value
 * @param {string} key the store key; it ends with the page's path
 */
function securePage(value, key) {
  if (typeof value.html !== "string" || value.headers?.[POLICY_HEADER]) return;
  // At build time the entries are thrown away and Next writes its own output to disk.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const layer = getPageLayer();
  const html = layer.defer ? deferPageScripts(value.html) : value.html;
  value.html = html;
  const headers = value.headers ?? (value.headers = {});
  headers[POLICY_HEADER] = buildContentSecurityPolicy(buildInlineHashes(html), { embeddable: EMBED_PATH.test(key) });
}

/** @param {CacheValue | null} value */
function sizeOf(value) {
  if (!value) return 1;
  let size = (value.html?.length ?? 0) + (value.body?.length ?? 0) + (value.rscData?.length ?? 0);
  size += value.postponed?.length ?? 0;
  for (const [segment, bytes] of value.segmentData ?? []) size += segment.length + bytes.length;
  if (value.kind === "FETCH") size += JSON.stringify(value.data ?? "").length;
  return Math.max(1, size);
}

/**
 * A page `next build` prerendered, as Next's own file cache reads it (HTML, React payload,
 * headers and the segment payloads of its meta file), or null when there is none.
 * @param {string} appDir the build's server app folder
 * @param {string} key ends with /$ and the page's path (/$/trade/default, /$/index)
 * @returns {Promise<CacheEntry | null>}
 */
async function readBuilt(appDir, key) {
  const page = /\/\$(\/[\w./-]+)$/.exec(key)?.[1];
  if (!page || page.includes("..")) return null;
  const file = path.join(appDir, page);
  try {
    const [html, rscData, metaText, { mtimeMs }] = await Promise.all([
      readFile(`${file}.html`, "utf8"),
      readFile(`${file}.rsc`),
      readFile(`${file}.meta`, "utf8"),
      stat(`${file}.html`),
    ]);
    const meta = /** @type {{ headers?: Record<string, unknown>; status?: number; segmentPaths?: string[] }} */ (
      JSON.parse(metaText)
    );
    const segmentData = new Map();
    for (const segment of meta.segmentPaths ?? [])
      segmentData.set(segment, await readFile(`${file}.segments${segment}.segment.rsc`));
    const value = { kind: "APP_PAGE", html, rscData, headers: { ...meta.headers }, status: meta.status, segmentData };
    return { value, lastModified: mtimeMs };
  } catch {
    return null;
  }
}

/** @type {Map<string, { entry: CacheEntry; size: number }>} */
const entries = new Map();
let bytes = 0;

class PageStore {
  /** @param {{ maxMemoryCacheSize?: number; serverDistDir?: string }} [options] */
  constructor(options) {
    this.limit = options?.maxMemoryCacheSize || DEFAULT_LIMIT;
    this.appDir = path.join(options?.serverDistDir ?? path.join(process.cwd(), ".next", "server"), "app");
  }

  /**
   * @param {string} key
   * @param {{ kind?: string }} [context]
   */
  async get(key, context) {
    const hit = entries.get(key);
    if (hit) {
      entries.delete(key);
      entries.set(key, hit);
      return hit.entry;
    }
    if (context?.kind !== "APP_PAGE") return null;
    const built = await readBuilt(this.appDir, key);
    if (built?.value) await this.set(key, built.value, {});
    return built;
  }

  /**
   * @param {string} key
   * @param {CacheValue | null} value
   * @param {{ cacheControl?: unknown }} [context]
   */
  async set(key, value, context) {
    if (value?.kind === "APP_PAGE") securePage(value, key);
    PageStore.forget(key);
    const size = key.length + sizeOf(value);
    if (size > this.limit) return;
    entries.set(key, { entry: { value, lastModified: Date.now(), cacheControl: context?.cacheControl }, size });
    bytes += size;
    for (const [oldest] of entries) {
      if (bytes <= this.limit) break;
      PageStore.forget(oldest);
    }
  }

  /** @param {string} key */
  static forget(key) {
    const old = entries.get(key);
    if (!old) return;
    entries.delete(key);
    bytes -= old.size;
  }

  /** The store's size, for tests and the bench. */
  static get usage() {
    return { entries: entries.size, bytes };
  }

  async revalidateTag() {}

  resetRequestCache() {}
}

module.exports = PageStore;
module.exports.securePage = securePage;
