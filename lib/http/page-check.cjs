// @ts-check
/**
 * What the page layer assumes about Next's output, checked once at start (instrumentation.ts)
 * and again by the page store itself before it first stores a page. If an assumption fails
 * (after a Next upgrade, a changed asset prefix, a moved build file), one error names it and
 * pages are sent as Next wrote them: no deferred scripts, each page still with the hashes of
 * its own inline scripts, so its scripts run. Never a page whose scripts are blocked.
 */
const { existsSync, readFileSync } = require("node:fs");
const path = require("node:path");
const { deferPageScripts, deferredScripts } = require("./defer-scripts.cjs");
const { buildInlineHashes } = require("./policy.cjs");

/** Shared by every copy of these modules in the process (Next loads the page store on its own). */
const STATE = Symbol.for("cambodia-japan-dashboard.page-layer");

/** @typedef {{ problems: string[]; defer: boolean }} PageLayerState */

/**
 * The problems with a build's output, as sentences naming the assumption (empty when all hold).
 * @param {string} appDir the build's server app folder (.next/server/app)
 * @returns {string[]}
 */
function findBuildProblems(appDir) {
  /** @type {string[]} */
  const problems = [];
  /** @param {string} file */
  const read = (file) => {
    const at = path.join(appDir, file);
    if (existsSync(at)) return readFileSync(at, "utf8");
    problems.push(`the prerendered ${file} is not in ${appDir}`);
    return null;
  };
  for (const [file, what] of /** @type {const} */ ([
    ["index.html", "overview"],
    ["_not-found.html", "not-found page"],
  ])) {
    const html = read(file);
    if (html === null) continue;
    if (buildInlineHashes(html).scripts.length === 0)
      problems.push(`the ${what} (${file}) has no inline script to hash: React's payload moved`);
    const deferred = deferPageScripts(html);
    if (deferredScripts(deferred).length === 0 || /<script src="[^"]*" async=""><\/script>/.test(deferred))
      problems.push(`the ${what}'s script tags (${file}) are not the <script src async> tags the deferral knows`);
  }
  return problems;
}

/**
 * The process's page-layer state, checking the build the first time it is asked for.
 * @param {string} [appDir]
 * @returns {PageLayerState}
 */
function getPageLayer(appDir = path.join(process.cwd(), ".next", "server", "app")) {
  const g = /** @type {Record<symbol, PageLayerState | undefined>} */ (/** @type {unknown} */ (globalThis));
  let state = g[STATE];
  if (!state) {
    const problems = findBuildProblems(appDir);
    state = { problems, defer: problems.length === 0 };
    g[STATE] = state;
    if (problems.length)
      console.error(
        `Page layer: Next's output is not what it expects: ${problems.join("; ")}. ` +
          "Pages are sent as Next wrote them (scripts not deferred), each with the hashes of its own inline scripts.",
      );
  }
  return state;
}

module.exports = { findBuildProblems, getPageLayer };
