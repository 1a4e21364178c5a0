// Lint: typescript-eslint's recommended rules, React hooks rules for the task pane, the layers of
// docs/architecture-layers.md (scripts/lint/layers.mjs), floating promises found with type
// information, and complexity and function length as warnings.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import layers from "./scripts/lint/layers.cjs";

export default tseslint.config(
  { ignores: ["node_modules/", "lib/", "dist/", "out/", "test-results/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // A promise nobody awaits fails silently: await it, or mark a deliberate fire-and-forget with `void`.
      "@typescript-eslint/no-floating-promises": "error",
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
    },
  },
  {
    // The architecture: each folder of src/ imports only the layers it may (docs/architecture-layers.md).
    files: ["src/**/*.{ts,tsx}"],
    plugins: { layers },
    rules: {
      "layers/allowed-imports": "error",
      // Warnings, not errors: a long function is allowed with a reason in a comment (docs/architecture-layers.md).
      complexity: ["warn", 20],
      "max-lines-per-function": ["warn", { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ["**/*.{js,cjs,mjs}"],
    languageOptions: { globals: { ...globals.node }, sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { sourceType: "module" },
  },
  {
    // The ribbon's message page script runs in the browser.
    files: ["src/ribbon/message.js"],
    languageOptions: { globals: { ...globals.browser }, sourceType: "script" },
  },
);
