// `npm run test:deploy`: the deployment of README's "Running several instances behind a cache",
// run and checked on loopback. Two `next start` instances of the existing build and nginx in
// front with deploy/nginx.conf (installed with apt-get if missing), everything in a temporary
// folder; each check prints "ok - name" or "not ok - name: reason"; exits 1 on any failure.
// DEPLOY_PORT (default 3760) is the first of the three ports used; DEPLOY_KEEP=1 keeps the folder
// (logs, cache) and DEPLOY_VERBOSE=1 shows the servers' error output.
import { execFileSync, spawn } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import autocannon from "autocannon";

const HOST = "127.0.0.1";
const BASE_PORT = Number(process.env.DEPLOY_PORT ?? 3760);
const [PORT_A, PORT_B, PORT_NGINX] = [BASE_PORT, BASE_PORT + 1, BASE_PORT + 2];
const ORIGIN = `http://${HOST}:${PORT_NGINX}`;

if (!existsSync(path.join(".next", "BUILD_ID"))) {
  console.error("No build in .next: run npm run build first.");
  process.exit(1);
}

function hasNginx() {
  try {
    execFileSync("nginx", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
if (!hasNginx()) {
  const install = () => execFileSync("apt-get", ["install", "-y", "nginx"], { stdio: "inherit" });
  try {
    install();
  } catch {
    execFileSync("apt-get", ["update"], { stdio: "inherit" });
    install();
  }
}

const dir = mkdtempSync(path.join(tmpdir(), "deploy-check-"));
// Started as root, nginx's workers run as an unprivileged user: they must reach the cache folder.
chmodSync(dir, 0o711);
const cacheDir = path.join(dir, "cache");
mkdirSync(cacheDir);
const conf = readFileSync("deploy/nginx.conf", "utf8")
  .replaceAll("__PREFIX__", dir)
  .replaceAll("__CACHE_DIR__", cacheDir)
  .replaceAll("__LISTEN__", `${HOST}:${PORT_NGINX}`)
  .replaceAll("__UPSTREAM_A__", `${HOST}:${PORT_A}`)
  .replaceAll("__UPSTREAM_B__", `${HOST}:${PORT_B}`);
const confFile = path.join(dir, "nginx.conf");
writeFileSync(confFile, conf);

/** @type {Map<string, import("node:child_process").ChildProcess>} */
const children = new Map();
function start(name, cmd, args) {
  const child = spawn(cmd, args, {
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  child.stderr.on("data", (d) => process.env.DEPLOY_VERBOSE && process.stderr.write(`[${name}] ${d}`));
  children.set(name, child);
  return child;
}
function stop(name, signal = "SIGTERM") {
  const child = children.get(name);
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise((r) => child.once("exit", r));
  child.kill(signal);
  return Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
}
async function stopAll() {
  await Promise.all([...children.keys()].map((n) => stop(n)));
  for (const child of children.values())
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  if (process.env.DEPLOY_KEEP) console.log(`# kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    void stopAll().finally(() => process.exit(1));
  });
}

const nextBin = path.join("node_modules", "next", "dist", "bin", "next");
const wait = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitFor(url) {
  for (let i = 0; i < 120; i++) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await wait(250);
  }
  throw new Error(`${url} did not answer in 30 s`);
}

/** A request through nginx (or to `origin`), the body as bytes. */
async function get(pathname, headers = {}, origin = ORIGIN) {
  const res = await fetch(origin + pathname, { headers, signal: AbortSignal.timeout(15000) });
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
}
const cacheStatus = (r) => r.headers.get("x-cache-status");

/** A request through nginx with node:http, which, unlike fetch, leaves the body as it came (compressed or not). */
function raw(pathname, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = http.get(`${ORIGIN}${pathname}`, { headers, timeout: 15000 }, (r) => {
      const chunks = [];
      r.on("data", (c) => chunks.push(c));
      r.on("end", () => resolve({ status: r.statusCode, headers: r.headers, body: Buffer.concat(chunks) }));
      r.on("error", reject);
    });
    req.on("error", reject);
    req.on("timeout", () => req.destroy(new Error("timeout")));
  });
}

function countFiles(folder) {
  let n = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true }))
    n += entry.isDirectory() ? countFiles(path.join(folder, entry.name)) : 1;
  return n;
}

let passed = 0;
let failed = 0;
async function check(name, fn) {
  try {
    const problem = await fn();
    if (problem) throw new Error(problem);
    passed++;
    console.log(`ok - ${name}`);
  } catch (error) {
    failed++;
    console.log(`not ok - ${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const VIEWS = ["/trade", "/trade?reporter=both&from=1994"];

async function run() {
  start("a", process.execPath, [nextBin, "start", "-H", HOST, "-p", String(PORT_A)]);
  start("b", process.execPath, [nextBin, "start", "-H", HOST, "-p", String(PORT_B)]);
  start("nginx", "nginx", ["-p", dir, "-c", confFile, "-g", "daemon off;"]);
  await Promise.all([PORT_A, PORT_B].map((p) => waitFor(`http://${HOST}:${p}/api/health`)));
  await waitFor(`${ORIGIN}/api/health`);

  await check("a page view and a shared-link view: MISS, then HIT with the same bytes and policy", async () => {
    for (const view of VIEWS) {
      const first = await get(view);
      const second = await get(view);
      if (first.status !== 200 || second.status !== 200) return `${view}: status ${first.status}, ${second.status}`;
      if (cacheStatus(first) !== "MISS" || cacheStatus(second) !== "HIT")
        return `${view}: cache status ${cacheStatus(first)}, then ${cacheStatus(second)}`;
      if (!first.body.equals(second.body)) return `${view}: the HIT has other bytes`;
      const csp = first.headers.get("content-security-policy");
      if (!csp || csp !== second.headers.get("content-security-policy")) return `${view}: policy differs or missing`;
    }
  });

  await check(
    "each stored page is compressed once, by an instance on its MISS; its HITs reach no instance",
    async () => {
      await raw("/trade", { "Accept-Encoding": "gzip" });
      const log = readFileSync(path.join(dir, "access.log"), "utf8").trim().split("\n");
      const trade = log.filter((l) => l.includes('"GET /trade HTTP/'));
      const fromUpstream = trade.filter((l) => !/upstream=- /.test(l));
      if (trade.length < 3) return `only ${trade.length} requests for /trade in the log`;
      if (fromUpstream.length !== 1)
        return `${fromUpstream.length} of ${trade.length} requests for /trade reached an instance`;
      if (!/cache=MISS .*upstream_encoding=gzip$/.test(fromUpstream[0])) return `the MISS: ${fromUpstream[0]}`;
    },
  );

  await check("gzip clients get the stored gzip copy, with Vary: Accept-Encoding", async () => {
    // A prerendered page is the same bytes from every instance: what one sends uncompressed.
    const direct = (await get("/trade", {}, `http://${HOST}:${PORT_A}`)).body;
    for (const view of VIEWS) {
      // As browsers spell it, and as the bench does: one stored copy serves both.
      for (const encodings of ["gzip, deflate, br", "gzip"]) {
        const res = await raw(view, { "Accept-Encoding": encodings });
        const where = `${view} (${encodings})`;
        if (res.status !== 200 || res.headers["x-cache-status"] !== "HIT")
          return `${where}: ${res.status}, cache ${res.headers["x-cache-status"]}`;
        if (res.headers["content-encoding"] !== "gzip")
          return `${where}: content-encoding ${res.headers["content-encoding"]}`;
        if (!/\bAccept-Encoding\b/i.test(String(res.headers.vary))) return `${where}: Vary is ${res.headers.vary}`;
        const page = gunzipSync(res.body);
        if (!page.toString("utf8").startsWith("<!DOCTYPE html>")) return `${where}: the body is not a page`;
        if (view === "/trade" && !page.equals(direct)) return `${where}: not the page an instance sends`;
      }
    }
  });

  await check("a client without gzip gets the plain page from the same stored copy", async () => {
    for (const view of VIEWS) {
      const res = await raw(view);
      if (res.status !== 200 || res.headers["x-cache-status"] !== "HIT")
        return `${view}: ${res.status}, cache ${res.headers["x-cache-status"]}`;
      if (res.headers["content-encoding"]) return `${view}: content-encoding ${res.headers["content-encoding"]}`;
      const html = res.body.toString("utf8");
      if (!html.startsWith("<!DOCTYPE html>") || !html.trimEnd().endsWith("</html>"))
        return `${view}: not a whole page`;
      const zipped = await raw(view, { "Accept-Encoding": "gzip" });
      if (!gunzipSync(zipped.body).equals(res.body)) return `${view}: not the bytes the gzip copy holds`;
      if (view === "/trade" && !res.body.equals((await get(view, {}, `http://${HOST}:${PORT_A}`)).body))
        return `${view}: not the page an instance sends`;
    }
  });

  await check("RSC payload and HTML document never served for each other, in either order", async () => {
    const html = (r) => (r.headers.get("content-type") ?? "").startsWith("text/html");
    const rsc = (r) => (r.headers.get("content-type") ?? "").startsWith("text/x-component");
    // /aid: document first, then RSC; /map: RSC first, then document; each twice (the second from the cache).
    for (const [view, order] of [
      ["/aid", ["doc", "rsc"]],
      ["/map", ["rsc", "doc"]],
    ]) {
      for (const kind of [...order, ...order]) {
        const res = await get(view, kind === "rsc" ? { RSC: "1" } : {});
        const ok = kind === "rsc" ? rsc(res) && !res.body.includes("<!DOCTYPE") : html(res);
        if (res.status !== 200 || !ok)
          return `${view} ${kind}: ${res.status} ${res.headers.get("content-type")} (cache ${cacheStatus(res)})`;
      }
    }
  });

  await check("If-None-Match with the ETag: 304 through the cache", async () => {
    const first = await get("/trade");
    const etag = first.headers.get("etag");
    if (!etag) return "no ETag";
    const res = await get("/trade", { "If-None-Match": etag });
    if (res.status !== 304) return `status ${res.status} (cache ${cacheStatus(res)})`;
  });

  await check("one instance killed under load (100 connections, 10 s): no request lost", async () => {
    const requests = [
      { path: "/trade" },
      { path: "/trade?reporter=both&from=1994" },
      { path: "/api/health" }, // not stored
      { path: "/trade?from=1994&reporter=both" }, // not canonical: not stored
    ];
    const run = autocannon({ url: ORIGIN, connections: 100, duration: 10, requests, timeout: 20 });
    autocannon.track(run, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false });
    await wait(4000);
    children.get("a")?.kill("SIGKILL");
    const result = await run;
    const bad = result.non2xx;
    if (result.errors || result.timeouts || bad)
      return `${result.errors} errors, ${result.timeouts} timeouts, ${bad} non-2xx/3xx of ${result.requests.total} (statuses ${JSON.stringify(result.statusCodeStats)})`;
    if (result.requests.total < 100) return `only ${result.requests.total} requests`;
    console.log(`# ${result.requests.total} requests, 0 errors, p99 ${result.latency.p99} ms`);
  });

  await check("both instances stopped: cached views still answer 200", async () => {
    await stop("a", "SIGKILL");
    await stop("b");
    for (const view of [...VIEWS, "/aid", "/map"]) {
      const res = await get(view);
      if (res.status !== 200) return `${view}: status ${res.status}`;
    }
    const uncached = await get("/timeline?era=1990s");
    if (uncached.status < 500) return `a view never stored answered ${uncached.status} with no instance up`;
  });

  await check("hostile URLs (20 KB query, bad or reordered parameters) add no cache entry", async () => {
    const variants = [
      `/trade?x=${"a".repeat(20 * 1024)}`,
      "/trade?from=abc",
      "/trade?reporter=thailand&from=abc&to=zzz",
      "/trade?from=1994&reporter=both",
      "/trade?reporter=both&from=1994&to=2020", // the mirror view's default end, spelled out
      "/trade?reporter=both&from=1994&utm_source=x",
      "/?anything=1",
    ];
    // No instance is up: a stored variant would answer 200 from the cache; so start one again.
    start("b", process.execPath, [nextBin, "start", "-H", HOST, "-p", String(PORT_B)]);
    await waitFor(`http://${HOST}:${PORT_B}/api/health`);
    // nginx takes the instances as down for fail_timeout (5 s); wait until it asks b again. Not
    // canonical, so the probe itself is never stored.
    for (let i = 0; i < 80 && (await get("/trade?probe=1")).status !== 200; i++) await wait(250);
    const before = countFiles(cacheDir);
    const statuses = [];
    for (const v of variants) {
      const res = await get(v);
      statuses.push(res.status);
      if (res.status >= 500) return `${v.slice(0, 60)}: status ${res.status}`;
      if (v.length < 8000 && res.status !== 200) return `${v}: status ${res.status}`;
    }
    const after = countFiles(cacheDir);
    if (after !== before) return `${after - before} new cache files for ${variants.length} variants`;
    if (statuses[0] !== 414) return `the 20 KB query answered ${statuses[0]}, expected 414 from nginx`;
  });
}

try {
  await run();
} catch (error) {
  failed++;
  console.log(`not ok - setup: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await stopAll();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
