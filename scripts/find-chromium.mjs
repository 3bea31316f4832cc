// Finds a Chromium for the e2e tests and the benchmark, in this order:
//   1. CHROME_PATH (or PLAYWRIGHT_CHROMIUM_PATH) if it points at an executable;
//   2. Playwright's own downloaded Chromium, if one is present;
//   3. the system's /usr/bin/chromium (Debian's package) or another common path;
//   4. installing Debian's chromium package with apt-get (needs root).
// Prints the path on stdout; exits 1 with an explanation if none can be had.
import { accessSync, constants } from "node:fs";
import { execFileSync } from "node:child_process";

const log = (msg) => process.stderr.write(`[find-chromium] ${msg}\n`);
const isExecutable = (p) => {
  try {
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

export async function findChromium({ install = true } = {}) {
  for (const name of ["CHROME_PATH", "PLAYWRIGHT_CHROMIUM_PATH"]) {
    const p = process.env[name];
    if (p) {
      if (isExecutable(p)) return p;
      throw new Error(`${name} is set to ${p}, which is not an executable file.`);
    }
  }
  try {
    const { chromium } = await import("@playwright/test");
    const own = chromium.executablePath();
    if (own && isExecutable(own)) return own;
  } catch {
    /* Playwright has no browser of its own here */
  }
  const system = [
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
    "/usr/lib/chromium/chromium",
  ];
  for (const p of system) if (isExecutable(p)) return p;
  if (install && process.platform === "linux") {
    log("no Chromium found; installing Debian's chromium package with apt-get…");
    try {
      const asRoot = process.getuid?.() === 0 ? [] : ["sudo", "-n"];
      const run = (args) =>
        execFileSync(asRoot[0] ?? args[0], asRoot.length ? [...asRoot.slice(1), ...args] : args.slice(1), {
          stdio: ["ignore", "inherit", "inherit"],
          env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
        });
      run(["apt-get", "update", "-qq"]);
      run(["apt-get", "install", "-y", "-qq", "chromium"]);
    } catch (error) {
      log(`apt-get install chromium failed: ${error.message}`);
    }
    for (const p of system) if (isExecutable(p)) return p;
  }
  throw new Error(
    "No Chromium found for the browser tests. Set CHROME_PATH to a Chromium/Chrome executable, " +
      "or install one (Debian/Ubuntu: `apt-get install chromium`).",
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  findChromium().then(
    (p) => console.log(p),
    (e) => {
      console.error(e.message);
      process.exit(1);
    },
  );
}
