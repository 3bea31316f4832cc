// `npm run test:standalone`: builds the deployable standalone server, starts it as a deployer
// would (README, "Running several instances behind a cache") on 127.0.0.1 and again on 127.0.0.2
// (as a container binds its own address), and fetches the overview and views never prerendered.
// It rebuilds .next, so do not run it while another server uses that build; at the end it
// builds .next again in the normal mode, so `next start` and the e2e tests can use it.
import { execFileSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync } from "node:fs";
import path from "node:path";

const PORT = Number(process.env.STANDALONE_PORT ?? 3100);
const dir = path.join(".next", "standalone");

execFileSync("npm", ["run", "build", "--silent"], {
  stdio: "inherit",
  env: { ...process.env, NEXT_OUTPUT: "standalone" },
});
cpSync("public", path.join(dir, "public"), { recursive: true });
cpSync(path.join(".next", "static"), path.join(dir, ".next", "static"), { recursive: true });
cpSync("data", path.join(dir, "data"), { recursive: true });

async function get(url) {
  for (let i = 0; i < 60; i++) {
    try {
      return await fetch(url);
    } catch {
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  throw new Error(`${url}: the standalone server did not answer`);
}

const sha256 = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g;

/** The problems with one page response (empty when it is right). */
async function check(res) {
  const html = await res.text();
  const problems = [];
  if (res.status !== 200) problems.push(`status ${res.status}`);
  if (!html.includes("<h1")) problems.push("no heading");
  if (!/\bpublic\b/.test(res.headers.get("cache-control") ?? "")) problems.push("not public");
  if (!res.headers.get("etag")) problems.push("no ETag");
  const scriptSrc = (res.headers.get("content-security-policy") ?? "")
    .split(/;\s*/)
    .find((d) => d.startsWith("script-src "));
  const allowed = new Set((scriptSrc ?? "").split(" ").slice(1));
  const inline = [...html.matchAll(INLINE_SCRIPT)];
  if (inline.length === 0 || inline.some(([, body]) => !allowed.has(sha256(body))))
    problems.push("an inline script not in the CSP's hashes");
  return problems;
}

let failed = false;
for (const host of ["127.0.0.1", "127.0.0.2"]) {
  const server = spawn("node", ["server.js"], {
    cwd: dir,
    env: { ...process.env, PORT: String(PORT), HOSTNAME: host, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  try {
    for (const route of [
      "/",
      "/trade?reporter=both&from=1994&to=2020",
      "/map?phase=before",
      "/aid?from=1971&to=1999",
      "/embed/trade?reporter=both&from=1977&theme=dark",
    ]) {
      const problems = await check(await get(`http://${host}:${PORT}${route}`));
      console.log(`${host} ${route}: ${problems.length ? problems.join(", ") : "ok"}`);
      if (problems.length) failed = true;
    }
  } finally {
    server.kill();
    await new Promise((r) => server.once("exit", r));
  }
}
execFileSync("npm", ["run", "build", "--silent"], { stdio: "inherit", env: { ...process.env, NEXT_OUTPUT: "" } });
process.exit(failed ? 1 : 0);
