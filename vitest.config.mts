import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      // The marker package throws outside React Server Components; in unit tests the
      // loaders run in plain Node, which is exactly what the server does.
      "server-only": fileURLToPath(new URL("./tests/unit/server-only-stub.ts", import.meta.url)),
    },
  },
  // The per-test limit only guards against a hang; it is not a speed target (a busy machine
  // runs the slowest unit tests several times slower).
  test: { include: ["tests/unit/**/*.test.ts"], environment: "node", testTimeout: 60_000, hookTimeout: 60_000 },
});
