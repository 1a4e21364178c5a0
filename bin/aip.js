#!/usr/bin/env node
// The `aip` command. The TypeScript sources are compiled into lib/ by `npm run prepare`
// (which `npm ci` runs); this file only starts them and passes the exit code on.
"use strict";

let cli;
try {
  cli = require("../lib/src/cli/main.js");
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND" && /lib[\\/]src[\\/]cli[\\/]main/.test(String(e.message))) {
    process.stderr.write("aip: not built yet. Run `npm ci` (or `npm run prepare`) in the project folder first.\n");
    process.exit(70);
  }
  throw e;
}

// A failed write to stdout (full disk, closed pipe) is reported by main itself, with exit 74.
// Set exitCode rather than calling process.exit() so piped stdout is flushed before Node exits.
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
