// Runs the Playwright suite against a production build with a Chromium found by
// scripts/find-chromium.mjs. Extra arguments go to `playwright test`.
import { spawnSync } from "node:child_process";
import { findChromium } from "./find-chromium.mjs";

let chrome;
try {
  chrome = await findChromium();
} catch (error) {
  console.error(`\n${error.message}\n`);
  process.exit(1);
}
console.log(`Using Chromium at ${chrome}`);
const result = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, CHROME_PATH: chrome, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1", NEXT_TELEMETRY_DISABLED: "1" },
});
process.exit(result.status ?? 1);
