/**
 * The production manifest: manifest.xml, whose URLs point at the development server
 * (https://localhost:3000, for `npm start`), with every one of them moved to the address a
 * district serves dist/ from. webpack.config.js writes it to dist/manifest.xml when the build is
 * given a host: `npm run build -- --env host=https://aip.example.org/` (docs/deployment.md).
 */
"use strict";

const EXAMPLE = "https://aip.example.org/ or https://district.github.io/aip/";

/**
 * The base URL dist/ is served from, checked: https (Office loads add-in pages only over
 * https), a real host other people's Excel can reach, no query, fragment or credentials.
 * Always ends in "/" so page names can be appended.
 */
function hostBase(host) {
  if (typeof host !== "string" || host.trim() === "") {
    throw new Error(`--env host needs the address dist/ is served from, e.g. --env host=${EXAMPLE.split(" ")[0]}`);
  }
  let url;
  try {
    url = new URL(host.trim());
  } catch {
    throw new Error(`--env host=${host} is not a URL. Give the https address dist/ is served from, e.g. ${EXAMPLE}`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`--env host=${host}: Office loads add-ins only over https. Give an https:// address, e.g. ${EXAMPLE}`);
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new Error(`--env host=${host}: give the folder's address only, with no user name, password, "?…" or "#…", e.g. ${EXAMPLE}`);
  }
  if (/^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/i.test(url.hostname)) {
    throw new Error(
      `--env host=${host} is this computer: other people's Excel cannot reach it. For development use npm start (manifest.xml); for a district give the web server's address, e.g. ${EXAMPLE}`,
    );
  }
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url;
}

function xmlAttribute(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * manifest.xml with `${devOrigin}/…` URLs moved under the host and its AppDomain set to the
 * host's origin (an app domain is scheme and host only). Throws, naming the line, when a
 * localhost address would be left behind (a URL this function does not know how to move).
 */
function productionManifest(xml, host, devOrigin = "https://localhost:3000") {
  const base = hostBase(host);
  const moved = xml
    .split(`<AppDomain>${devOrigin}</AppDomain>`)
    .join(`<AppDomain>${xmlAttribute(base.origin)}</AppDomain>`)
    .split(`"${devOrigin}/`)
    .join(`"${xmlAttribute(base.href)}`);
  const lines = moved.split("\n");
  const left = lines.findIndex((line) => /localhost|127\.0\.0\.1/i.test(line));
  if (left >= 0) {
    throw new Error(
      `manifest.xml line ${left + 1} would still point at this computer after moving ${devOrigin}/ to ${base.href}: ${lines[left].trim()}\n` +
        `Write every URL in manifest.xml as "${devOrigin}/…" (or <AppDomain>${devOrigin}</AppDomain>) so the production build can move it.`,
    );
  }
  return moved;
}

module.exports = { hostBase, productionManifest };
