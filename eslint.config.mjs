import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

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
    // Layering: lib/data holds the server-only loaders; components get their data from the page.
    files: ["components/**/*.{ts,tsx}"],
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
          ],
        },
      ],
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
