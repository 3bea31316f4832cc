// @ts-check

/**
 * Next puts a page's scripts in its head (`<script src async>` tags and a low-priority
 * preload of one of them), so the browser fetches the framework's ~135 KiB while it still
 * needs the page's HTML, CSS and fonts to paint. Nothing on a page waits for them: without
 * JavaScript it is complete (a static chart, tables, links), and the scripts only make it
 * interactive. So each page is stored and sent with the same files, in the same order, requested
 * by a small inline loader once the page's first paint is on screen (the browser's
 * first-contentful-paint entry), or three seconds after the head where nothing is painted
 * (a background tab, a frame out of sight) or the browser reports no paint timing.
 * The loader is one of the page's inline scripts and is hashed into its script policy like
 * the others (lib/http/policy.cjs). It assumes Next's default asset paths (no assetPrefix, no
 * deployment id): with others the tags do not match and the page is sent as Next wrote it
 * (lib/http/page-store.cjs logs that once). CommonJS: Next loads the page store, which uses
 * this, as a plain Node module.
 */
const CHUNKS = "/_next/static/chunks/";
const SCRIPT_TAG = /<script src="\/_next\/static\/chunks\/([\w.-]+)\.js" async=""><\/script>/g;
const SCRIPT_PRELOAD =
  /<link rel="preload" as="script" fetchPriority="low" href="\/_next\/static\/chunks\/[\w.-]+\.js"\/>/g;
/** How every loader starts: what tells it from the page's other inline scripts. */
const LOADER_HEAD = "((n,d)=>{const g=()=>{";
const LOADER = new RegExp(
  `<script>${LOADER_HEAD.replace(/[()[\]{}.*+?^$|\\]/g, "\\$&")}.*?\\}\\)\\((\\[[^\\]]*\\])\\)</script>`,
);

/** @param {readonly string[]} names */
function loader(names) {
  const body =
    `${LOADER_HEAD}if(d)return;d=1;for(const f of n){const s=document.createElement("script");` +
    `s.src="${CHUNKS}"+f+".js";document.head.append(s)}};` +
    `try{new PerformanceObserver((l,o)=>{l.getEntriesByName("first-contentful-paint")[0]&&(o.disconnect(),setTimeout(g))})` +
    `.observe({type:"paint",buffered:!0})}catch{}setTimeout(g,3e3)})(${JSON.stringify(names)})`;
  return `<script>${body}</script>`;
}

/**
 * The page with its head scripts replaced by the loader, placed last in the head (after the
 * theme script React renders there, so hydration pairs that script with its own element); a
 * page without them is returned as it is.
 *
 * @param {string} html
 * @returns {string}
 */
function deferPageScripts(html) {
  const names = [...html.matchAll(SCRIPT_TAG)].map((m) => /** @type {string} */ (m[1]));
  if (names.length === 0 || !html.includes("</head>")) return html;
  return html
    .replace(SCRIPT_TAG, "")
    .replace(SCRIPT_PRELOAD, "")
    .replace("</head>", `${loader(names)}</head>`);
}

/**
 * The script files a page's loader requests, as paths (empty when the page has no loader).
 * @param {string} html
 * @returns {string[]}
 */
function deferredScripts(html) {
  const list = LOADER.exec(html)?.[1];
  return list ? /** @type {string[]} */ (JSON.parse(list)).map((name) => `${CHUNKS}${name}.js`) : [];
}

/**
 * Whether an inline script's text is the loader (it lists files: markup moved, not React's payload).
 * @param {string} scriptText
 */
const isScriptLoader = (scriptText) => scriptText.startsWith(LOADER_HEAD);

module.exports = { deferPageScripts, deferredScripts, isScriptLoader };
