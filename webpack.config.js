/**
 * Builds the task pane and the ribbon's function file into dist/ (as the `yo office` React
 * template does). `npm run build` is production (minified); `npm run dev-server` serves the
 * same files over https://localhost:3000 with Office's trusted development certificate.
 * The pane bundles React, Fluent UI and the shared commands; never exceljs or Node modules.
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const DEV_SERVER_PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

/** The dev certificate is only needed to serve; a plain build must work on a machine without it. */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  return devCerts.getHttpsServerOptions();
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode !== "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  return {
    mode: production ? "production" : "development",
    // No eval-based source maps: the pages' Content-Security-Policy forbids eval in development too.
    devtool: production ? "source-map" : "cheap-module-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/ribbon/commands.ts",
      // Opened in the browser on Excel for Mac, where the pane cannot save files (src/taskpane/components/minutes/download.ts).
      minutesDownload: "./src/taskpane/minutesDownload.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      // Webpack 5 polyfills no Node built-ins, so a Node module pulled in by mistake fails the build.
      extensions: [".ts", ".tsx", ".js", ".json"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type errors are caught by `npm run typecheck`; the build only transpiles. ES modules
          // (not the CommonJS of tsconfig.json, which is for Node) let webpack drop unused Fluent code.
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "es2020", sourceMap: true } } },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/ribbon/commands.html",
        chunks: ["commands"],
      }),
      new HtmlWebpackPlugin({
        filename: "minutes-download.html",
        template: "./src/taskpane/minutes-download.html",
        chunks: ["minutesDownload"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/help.html", to: "help.html" },
          { from: "src/ribbon/message.html", to: "message.html" },
          { from: "src/ribbon/message.js", to: "message.js" },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
    ],
    performance: {
      // React + Fluent UI v9 is about 600 KB minified; warn only well beyond that.
      maxEntrypointSize: 1_200_000,
      maxAssetSize: 1_200_000,
    },
    devServer: {
      port: DEV_SERVER_PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: serving ? { type: "https", options: await httpsOptions() } : undefined,
      static: false,
    },
  };
};
