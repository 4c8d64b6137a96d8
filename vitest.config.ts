import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS build for type-graphql and Apollo; vite would give
    // our sources the ESM build, and graphql refuses types from a second copy of itself.
    alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }],
  },
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/setup.ts"],
    globalSetup: ["test/global-setup.ts", "test/explorer/global-setup.ts"],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
