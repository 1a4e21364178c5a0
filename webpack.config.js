/**
 * Builds the task pane and the ribbon's function file into dist/ (as the `yo office` React
 * template does). `npm run build` is production (minified); `npm run dev-server` serves the
 * same files over https://localhost:3000 with Office's trusted development certificate.
 * `npm run build -- --env host=https://aip.example.org/` also writes dist/manifest.xml with every
 * URL pointing at that host, for a district to serve dist/ as static files (docs/deployment.md).
 * Every script carries a content hash in its name (cached forever); the pages, icons and manifest
 * keep theirs (docs/deployment.md "Cache headers").
 * The pane bundles React, Fluent UI and the shared commands; never exceljs or Node modules.
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { hostBase, productionManifest } = require("./scripts/productionManifest");
const { DefinePlugin } = require("webpack");
const pkg = require("./package.json");

const DEV_SERVER_PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
const DEV_ORIGIN = `https://localhost:${DEV_SERVER_PORT}`;

/** dist/manifest.xml: manifest.xml as it is (development), or moved to the host given with --env host=… */
function manifestPattern(host) {
  if (host === undefined) return { from: "manifest.xml", to: "manifest.xml" };
  return { from: "manifest.xml", to: "manifest.xml", transform: (content) => productionManifest(content.toString("utf8"), host, DEV_ORIGIN) };
}

/** A wrong host stops the build before it starts, with the reason and no stack trace. */
function checkHost(host) {
  let base;
  try {
    base = hostBase(host);
  } catch (e) {
    console.error(`build: ${e.message}`);
    process.exit(2);
  }
  console.error(`build: dist/manifest.xml will point at ${base.href} (check it: sh scripts/validate-manifest.sh dist/manifest.xml)`);
}

/**
 * The pane's Help link: docs/README.md in the project's repository (package.json "repository");
 * empty when none is set, and the pane then links the help page shipped in dist/.
 */
function docsUrl() {
  const repo = typeof pkg.repository === "string" ? pkg.repository : pkg.repository?.url;
  if (!repo) return "";
  const base = repo.replace(/^git\+/, "").replace(/\.git$/, "");
  return /^https:\/\/github\.com\//.test(base) ? `${base}/blob/main/docs/README.md` : "";
}

/** The dev certificate is only needed to serve; a plain build must work on a machine without it. */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  return devCerts.getHttpsServerOptions();
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode !== "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  if (env.host !== undefined) checkHost(env.host);
  else if (production && !serving) {
    console.error(`dist/manifest.xml is the development manifest (${DEV_ORIGIN}). For a district's web server: npm run build -- --env host=https://…/ (docs/deployment.md)`);
  }
  return {
    mode: production ? "production" : "development",
    // No eval-based source maps: the pages' Content-Security-Policy forbids eval in development too.
    devtool: production ? "source-map" : "cheap-module-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/ribbon/commands.ts",
      // The ribbon's error dialog script: bundled (not copied) so it too has a hashed name.
      message: "./src/ribbon/message.js",
      // Opened in the browser on Excel for Mac, where the pane cannot save files (src/taskpane/components/common/download.ts).
      wordDownload: "./src/taskpane/wordDownload.ts",
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
      new DefinePlugin({ __AIP_DOCS_URL__: JSON.stringify(docsUrl()) }),
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
        filename: "message.html",
        template: "./src/ribbon/message.html",
        chunks: ["message"],
      }),
      new HtmlWebpackPlugin({
        filename: "word-download.html",
        template: "./src/taskpane/word-download.html",
        chunks: ["wordDownload"],
      }),
      new CopyWebpackPlugin({
        patterns: [{ from: "assets/*.png", to: "assets/[name][ext]" }, { from: "assets/help.html", to: "help.html" }, manifestPattern(env.host)],
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
