/**
 * Bundles the e2e harness (the in-memory Excel plus its installer) into one plain script that
 * the browser tests inject before the pane loads. Built by scripts/e2e.js.
 */
const path = require("path");

module.exports = (outputDir) => ({
  mode: "development",
  devtool: false, // no eval(): the script is injected as text
  context: path.resolve(__dirname, "../.."),
  entry: { "fake-excel-harness": "./tests/e2e/harness/fakeExcelHarness.ts" },
  output: { path: outputDir, filename: "[name].js" },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "es2020" } } },
      },
    ],
  },
});
