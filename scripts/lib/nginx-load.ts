import { type ChildProcess, spawn } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { type LoadFigures, loadTest } from "./load-test";

/** A page as the server sends it compressed (the bytes the cache stores), undecoded. */
function gzipBytes(port: number, pagePath: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path: pagePath, headers: { "accept-encoding": "gzip" } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve(Buffer.concat(chunks)));
        res.on("error", reject);
      })
      .on("error", reject);
  });
}

/** The page whose stored bytes are also sent as a plain file, to show what those bytes cost. */
const SAME_BYTES_PAGE = "/trade";
const SAME_BYTES_PATH = "/bench-same-bytes.gz";

/**
 * Load through nginx as deploy/nginx.conf configures it (the cache in front): the static font
 * file sent by nginx from public/ is the reference; then nginx sending a file that holds the bytes
 * the cache stores for /trade (its gzip copy), the most a stored page of that size can do with
 * this client (autocannon decodes every body into a string, so its cost grows with the bytes);
 * then each page path with Accept-Encoding: gzip as
 * browsers send it, after two requests (MISS, then HIT) so the run measures the cache. Both
 * upstream slots point at the bench's one server. Needs nginx on PATH (`npm run test:deploy`
 * installs it). Loopback only.
 */
export async function nginxLoad(
  upstreamPort: number,
  listenPort: number,
  staticFile: string,
  paths: string[],
  seconds: number,
): Promise<(LoadFigures & { vsStatic: number })[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "bench-nginx-"));
  chmodSync(dir, 0o711); // nginx's workers run unprivileged when it is started as root
  const cacheDir = path.join(dir, "cache");
  mkdirSync(cacheDir);
  const upstream = `127.0.0.1:${upstreamPort}`;
  const sameBytes = await gzipBytes(upstreamPort, SAME_BYTES_PAGE);
  writeFileSync(path.join(dir, SAME_BYTES_PATH), sameBytes);
  const conf = readFileSync("deploy/nginx.conf", "utf8")
    .replaceAll("__PREFIX__", dir)
    .replaceAll("__CACHE_DIR__", cacheDir)
    .replaceAll("__LISTEN__", `127.0.0.1:${listenPort}`)
    .replaceAll("__UPSTREAM_A__", upstream)
    .replaceAll("__UPSTREAM_B__", upstream)
    // The reference: nginx sending the file from disk (Next marks public files max-age=0, not stored).
    .replace(
      "    location / {",
      `    location = ${staticFile} { root ${path.resolve("public")}; }\n` +
        // The ceiling for a stored page: nginx sending the same bytes from a file.
        `    location = ${SAME_BYTES_PATH} { root ${dir}; }\n    location / {`,
    );
  writeFileSync(path.join(dir, "nginx.conf"), conf);
  const nginx: ChildProcess = spawn("nginx", ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-g", "daemon off;"], {
    stdio: "ignore",
  });
  const base = `http://127.0.0.1:${listenPort}`;
  try {
    for (let i = 0; i < 40; i++) {
      const up = await fetch(`${base}/api/health`).then(
        () => true,
        () => false,
      );
      if (up) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    const rows: (LoadFigures & { vsStatic: number })[] = [];
    const gzip = { "accept-encoding": "gzip" };
    for (const p of [staticFile, SAME_BYTES_PATH, ...paths]) {
      await fetch(`${base}${p}`, { headers: gzip });
      const hit = await fetch(`${base}${p}`, { headers: gzip });
      // A URL that is not its view's canonical address is never stored (README, scale-out): said in its label.
      const file = p === staticFile || p === SAME_BYTES_PATH;
      const stored = file || hit.headers.get("x-cache-status") === "HIT";
      const figures = await loadTest(base, p, seconds, 100, file ? {} : gzip);
      const label =
        p === SAME_BYTES_PATH
          ? `nginx: a file of ${SAME_BYTES_PAGE}'s stored gzip bytes (${sameBytes.length} B)`
          : `nginx cache: ${p}${file ? "" : ", gzip"}${stored ? "" : " (not stored)"}`;
      rows.push({ ...figures, label, vsStatic: 0 });
    }
    const reference = rows[0]!.requestsPerSec;
    for (const r of rows) r.vsStatic = Math.round((r.requestsPerSec / reference) * 100) / 100;
    return rows;
  } finally {
    nginx.kill();
    await new Promise((r) => (nginx.exitCode === null ? nginx.once("exit", r) : r(null)));
    rmSync(dir, { recursive: true, force: true });
  }
}
