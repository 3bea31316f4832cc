import { readdirSync } from "node:fs";

// The import layers ESLint keeps (eslint.config.mjs, import/no-restricted-paths). Each entry may
// import itself and the entries before it, never one after it.

/** Top-level folders, lowest first. */
const TOP = ["lib", "components", "views", "app"];

/**
 * lib/ inside, lowest first: URL plumbing and the single-file helpers (lib/*.ts) at the bottom,
 * then row schemas, the chart model, map geometry, the export pipeline, the dataset transforms,
 * the readers of a model (keyboard, preview, share, SEO), the server-only loaders and serving.
 */
const LIB = [
  "url",
  "*.ts",
  "region",
  "schemas",
  "fonts",
  "theme",
  "controls",
  "chart",
  "map",
  "export",
  "transform",
  "a11y",
  "og",
  "share",
  "seo",
  "data",
  "i18n",
  "http",
];

const libPath = (entry) => (entry === "*.ts" ? "./lib/*.ts" : `./lib/${entry}/**`);

export const LAYER_ZONES = [
  ...TOP.slice(0, -1).map((layer, i) => ({
    target: `./${layer}`,
    from: TOP.slice(i + 1).map((above) => `./${above}`),
    message: `${layer}/ sits below ${TOP.slice(i + 1).join(", ")}/: it never imports them.`,
  })),
  ...LIB.slice(0, -1).map((entry, i) => ({
    target: libPath(entry),
    from: LIB.slice(i + 1).map(libPath),
    message: `lib/${entry} sits below lib/${LIB.slice(i + 1).join(", lib/")}: it never imports them.`,
  })),
  // A view is one folder: it imports the shared view machinery (views/shared), never another
  // view or the registry (which imports every view).
  ...readdirSync(new URL("../../views", import.meta.url), { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== "shared")
    .map(({ name }) => ({
      target: `./views/${name}`,
      from: "./views",
      except: [`./${name}`, "./shared"],
      message: `views/${name} imports only its own folder and views/shared, never another view or the registry.`,
    })),
];
