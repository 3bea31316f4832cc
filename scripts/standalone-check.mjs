// `npm run test:standalone`: builds the deployable standalone server, starts it as a deployer
// would (README, "Running several instances behind a cache") and fetches a page and a view.
// It rebuilds .next, so do not run it while another server uses that build; at the end it
// builds .next again in the normal mode, so `next start` and the e2e tests can use it.
import { execFileSync, spawn } from "node:child_process";
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

const server = spawn("node", ["server.js"], {
  cwd: dir,
  env: { ...process.env, PORT: String(PORT), HOSTNAME: "127.0.0.1", NEXT_TELEMETRY_DISABLED: "1" },
  stdio: ["ignore", "inherit", "inherit"],
});

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

let failed = false;
try {
  for (const route of ["/", "/trade?reporter=both&from=1994&to=2020", "/map?phase=before"]) {
    const res = await get(`http://127.0.0.1:${PORT}${route}`);
    const html = await res.text();
    const problems = [];
    if (res.status !== 200) problems.push(`status ${res.status}`);
    if (!html.includes("<h1")) problems.push("no heading");
    if (!/\bpublic\b/.test(res.headers.get("cache-control") ?? "")) problems.push("not public");
    if (!res.headers.get("etag")) problems.push("no ETag");
    if (!/script-src 'self' 'sha256-/.test(res.headers.get("content-security-policy") ?? ""))
      problems.push("no script hashes in the CSP");
    console.log(`${route}: ${problems.length ? problems.join(", ") : "ok"}`);
    if (problems.length) failed = true;
  }
} finally {
  server.kill();
}
execFileSync("npm", ["run", "build", "--silent"], { stdio: "inherit", env: { ...process.env, NEXT_OUTPUT: "" } });
process.exit(failed ? 1 : 0);
