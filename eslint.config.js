import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "src/graphql/generated/", "explorer/src/generated/", "tools/neo4j-local/target/", ".neo4j-local/", "coverage/", "bench/results/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      "no-console": "error",
    },
  },
  // The explorer runs in the browser.
  { files: ["explorer/src/**/*.ts"], languageOptions: { globals: { ...globals.browser } } },
  // Codegen loads its naming function with require(); that one file is CommonJS.
  { files: ["**/*.cjs"], rules: { "@typescript-eslint/no-require-imports": "off" } },
);
