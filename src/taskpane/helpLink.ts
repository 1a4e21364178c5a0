/**
 * Where the pane's Help link goes: the project's documentation index (docs/README.md) in its
 * repository, set at build time from package.json's "repository" (webpack.config.js); the
 * help page shipped beside the pane when the build knows no repository.
 */
declare const __AIP_DOCS_URL__: string | undefined;

export const HELP_URL: string = typeof __AIP_DOCS_URL__ === "string" && __AIP_DOCS_URL__ !== "" ? __AIP_DOCS_URL__ : "help.html";
