/**
 * The architecture as a lint rule: which folder of src/ may import which (docs/architecture-layers.md).
 * A file belongs to the first layer whose folder holds it (most specific first); a relative import
 * into another layer must be in that layer's `may` list. Imports of packages and of files outside
 * src/ (examples/) are not judged here.
 */
const path = require("node:path");

/** @type {{ layer: string; may: string[]; why: string }[]} */
const LAYERS = [
  { layer: "domain", may: [], why: "plain types and pure functions of the guidance: imports nothing of ours" },
  { layer: "util", may: [], why: "A1 addresses and other helpers with no AIP knowledge" },
  { layer: "workbook/office", may: ["workbook", "util"], why: "the Office.js adapter renders the write spec; it knows no sheet or rule" },
  { layer: "workbook/xlsx", may: ["workbook", "util"], why: "the ExcelJS adapter renders the write spec; it knows no sheet or rule" },
  { layer: "workbook", may: ["util"], why: "the port and the write spec (its language), and Excel's limits on a batch" },
  { layer: "layout/build", may: ["layout", "layout/read", "workbook", "domain", "util"], why: "one sheet builder per sheet kind; never the checker" },
  { layer: "layout/read", may: ["layout", "workbook", "domain", "util"], why: "reads snapshots back into plain data; never builds" },
  { layer: "layout/repair", may: ["layout", "layout/read", "workbook", "domain", "util"], why: "finds labels and re-anchors names; never builds" },
  { layer: "layout", may: ["workbook", "domain", "util"], why: "the shared vocabulary: names, labels, styles, tab names, grids" },
  {
    layer: "checks",
    may: ["layout", "layout/read", "layout/repair", "workbook", "domain", "util"],
    why: "the checker reads through layout's vocabulary and readers; never builds or writes",
  },
  { layer: "export", may: ["layout", "layout/read", "domain", "util"], why: "files made from what was read (the minutes, the plan and the QPR as Word)" },
  {
    layer: "commands",
    may: ["checks", "layout", "layout/build", "layout/read", "layout/repair", "export", "workbook", "domain", "util"],
    why: "one use case a file, over the port; never an adapter or a shell",
  },
  {
    layer: "portfolio",
    may: ["commands", "layout/read", "workbook", "workbook/xlsx", "domain", "util"],
    why: "reads many district workbooks (files, worker threads) into portfolio rows through a command",
  },
  {
    layer: "cli",
    may: ["commands", "portfolio", "checks", "layout", "layout/build", "layout/read", "export", "workbook", "workbook/xlsx", "domain", "util"],
    why: "the Node shell: files in, the xlsx adapter, text out",
  },
  {
    layer: "taskpane",
    may: ["commands", "checks", "layout", "layout/build", "layout/read", "export", "workbook", "workbook/office", "domain", "util"],
    why: "the React shell over the Office adapter",
  },
  { layer: "ribbon", may: ["commands", "taskpane", "workbook", "workbook/office"], why: "ribbon buttons call commands through the Office adapter" },
];

const SRC = "src/";

/** The layer of a repository-relative path, or undefined outside src/ or any layer. */
function layerOf(relPath) {
  const p = relPath.split(path.sep).join("/");
  if (!p.startsWith(SRC)) return undefined;
  const inSrc = p.slice(SRC.length);
  return LAYERS.find((l) => inSrc === l.layer || inSrc.startsWith(`${l.layer}/`))?.layer;
}

/** @type {import("eslint").Rule.RuleModule} */
const allowedImports = {
  meta: {
    type: "problem",
    docs: { description: "a folder of src/ imports only the layers docs/architecture-layers.md allows it" },
    schema: [],
    messages: { crossLayer: "{{from}} may not import {{to}} ({{target}}): {{from}} may import {{allowed}}. See docs/architecture-layers.md." },
  },
  create(context) {
    const root = context.cwd;
    const file = path.relative(root, context.filename);
    const from = layerOf(file);
    if (!from) return {};
    const rule = LAYERS.find((l) => l.layer === from);
    function judge(node, source) {
      if (typeof source !== "string" || !source.startsWith(".")) return;
      const target = path.relative(root, path.resolve(path.dirname(context.filename), source));
      const to = layerOf(target);
      if (!to || to === from || rule.may.includes(to)) return;
      context.report({ node, messageId: "crossLayer", data: { from, to, target: source, allowed: rule.may.join(", ") || "nothing of ours" } });
    }
    return {
      ImportDeclaration: (node) => judge(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && judge(node, node.source.value),
      ExportAllDeclaration: (node) => judge(node, node.source.value),
      ImportExpression: (node) => node.source.type === "Literal" && judge(node, node.source.value),
    };
  },
};

module.exports = { LAYERS, layerOf, rules: { "allowed-imports": allowedImports } };
