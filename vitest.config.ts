import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS build for the server and for every library that uses it
    // (Apollo, graphql-tools, graphql-jit); Vite would give our own sources the ESM build, and
    // a schema built by one cannot be read by the other. One copy, as in production.
    alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve("graphql") }],
  },
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    // One real Neo4j is shared by all files; files that write use their own ids, but running
    // files one at a time keeps counts and fault-injection tests deterministic.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
    reporters: ["default"],
  },
});
