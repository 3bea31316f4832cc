import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { LAYER_ZONES } from "./scripts/lib/layers.mjs";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      // A Pages Router rule: it reads the rewrite targets app/<route>/[view] as pages at
      // /<route>/ and flags the deliberate plain reset links (they work without JavaScript).
      "@next/next/no-html-link-for-pages": "off",
    },
  },
  {
    // CommonJS modules Node loads as they are: next.config.js and the page store it names
    // (lib/http/*.cjs, a cacheHandler Next requires without bundling).
    files: ["next.config.js", "lib/http/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Layering: lib/data and a view's server modules are server-only; components (shared or a
    // view's own) get their data from the page. Type imports are allowed.
    files: ["components/**/*.{ts,tsx}", "views/*/components/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/data", "@/lib/data/*", "**/lib/data", "**/lib/data/*"],
              allowTypeImports: true,
              message: "lib/data is server-only: pass the rows from the page as props (type imports are allowed).",
            },
            {
              group: ["@/views/*/server", "@/views/*/page-model", "**/server", "**/page-model"],
              allowTypeImports: true,
              message: "A view's server modules run on the server only: pass what a component needs as props.",
            },
          ],
        },
      ],
    },
  },
  {
    // Files are read only by the server-only loaders (each imports "server-only"), never by a module a browser could load.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "views/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "*.ts"],
    ignores: ["lib/data/**", "lib/og/fonts.ts", "lib/i18n/glossary.ts", "lib/i18n/event-translations.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: ["fs", "node:fs", "fs/promises", "node:fs/promises"].map((name) => ({
            name,
            message: "Read files in a server-only loader (lib/data) and pass the result on.",
          })),
        },
      ],
    },
  },
  {
    // The layers (see README, "Where things are"): no import cycles between modules, and each
    // layer imports only itself and the layers below it: lib < components < views < app.
    files: ["**/*.{ts,tsx,mts}"],
    rules: {
      "import/no-cycle": ["error", { ignoreExternal: true }],
      "import/no-restricted-paths": ["error", { zones: LAYER_ZONES }],
    },
  },
  globalIgnores([
    ".next/**",
    "out/**",
    "build/**",
    "next-env.d.ts",
    "test-results/**",
    "playwright-report/**",
    "bench/**/*.json",
  ]),
]);
