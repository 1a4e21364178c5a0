/**
 * The build a district hosts: `npm run build -- --env host=…` into a temporary folder (never the
 * developer's dist/), then what an administrator and a web server rely on: a manifest that points
 * only at the host, at files that exist, and passes the schema check; plain static files whose
 * scripts carry a content hash (cached forever) while the pages and manifest do not; and the
 * pages' Content-Security-Policy as written in the sources (docs/deployment.md).
 */
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
const HOST = "https://schools.example.org/aip/";
const WEBPACK = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
/** A content hash as webpack writes it in a file name: name.0123abcd.js (and its .map, .LICENSE.txt). */
const HASHED = /\.[0-9a-f]{8}\.js(\.map|\.LICENSE\.txt)?$/;

let out = "";

function build(args: string[], outputPath: string) {
  return spawnSync(process.execPath, [WEBPACK, "--mode", "production", ...args, "--output-path", outputPath], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** Every file under a folder, as paths relative to it with "/". */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .sort();
}

function manifestUrls(xml: string): string[] {
  return [...xml.matchAll(/DefaultValue="(https?:[^"]*)"/g)].map((m) => m[1]);
}

/** The CSP a page declares. */
function policy(html: string): string | undefined {
  return /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1];
}

beforeAll(() => {
  out = mkdtempSync(path.join(os.tmpdir(), "aip-hosted-"));
  const result = build(["--env", `host=${HOST}`], out);
  if (result.status !== 0) throw new Error(`the production build failed:\n${result.stderr}\n${result.stdout.slice(-4000)}`);
}, 600_000);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

describe("the production manifest", () => {
  test("points every URL at the host and nothing at localhost", () => {
    const xml = readFileSync(path.join(out, "manifest.xml"), "utf8");
    expect(xml).not.toMatch(/localhost|127\.0\.0\.1/);
    const urls = manifestUrls(xml);
    // As many URLs as the development manifest: none dropped on the way.
    expect(urls.length).toBe(manifestUrls(readFileSync(path.join(ROOT, "manifest.xml"), "utf8")).length);
    expect(urls.filter((u) => !u.startsWith(HOST))).toEqual([]);
    expect([...xml.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map((m) => m[1])).toEqual(["https://schools.example.org"]);
  });

  test("every page and icon it names is in the build", () => {
    const xml = readFileSync(path.join(out, "manifest.xml"), "utf8");
    const files = [...new Set(manifestUrls(xml).map((u) => u.slice(HOST.length).replace(/#.*$/, "")))];
    expect(files).toEqual(expect.arrayContaining(["taskpane.html", "commands.html", "help.html", "assets/icon-32.png"]));
    expect(files.filter((f) => !existsSync(path.join(out, f)))).toEqual([]);
  });

  test("passes the offline schema check", () => {
    const check = spawnSync("sh", [path.join(ROOT, "scripts/validate-manifest.sh"), path.join(out, "manifest.xml")], { encoding: "utf8" });
    expect({ status: check.status, output: `${check.stdout}${check.stderr}`.trim() }).toEqual({ status: 0, output: expect.stringMatching(/manifest\.xml validates$/) });
  });

  test("the development manifest.xml is left as it was, for npm start", () => {
    expect(readFileSync(path.join(ROOT, "manifest.xml"), "utf8")).toContain('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>');
  });
});

describe("dist/ as static files", () => {
  test("holds only pages, scripts, their maps and licences, icons and the manifest", () => {
    const odd = filesUnder(out).filter((f) => !/\.(html|js|js\.map|js\.LICENSE\.txt|png|xml)$/.test(f));
    expect(odd).toEqual([]);
  });

  test("the pages and the manifest keep their names; every script they load is content-hashed", () => {
    const files = filesUnder(out);
    expect(files).toEqual(expect.arrayContaining(["taskpane.html", "commands.html", "manifest.xml", "help.html", "message.html"]));
    for (const page of ["taskpane.html", "commands.html", "message.html"]) {
      const html = readFileSync(path.join(out, page), "utf8");
      const own = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]).filter((src) => !src.startsWith("https://appsforoffice.microsoft.com/"));
      expect(own.length).toBeGreaterThan(0);
      // Relative, so the pages work from a sub-folder of the host too.
      expect({ page, unhashed: own.filter((src) => !HASHED.test(src) || /^(\/|https?:)/.test(src)) }).toEqual({ page, unhashed: [] });
    }
    // The chunks loaded later are hashed too: no script anywhere keeps a fixed name.
    expect(files.filter((f) => /\.js(\.map|\.LICENSE\.txt)?$/.test(f) && !HASHED.test(f))).toEqual([]);
  });

  test("the pages declare the Content-Security-Policy of their sources", () => {
    const sources: Record<string, string> = {
      "taskpane.html": "src/taskpane/taskpane.html",
      "commands.html": "src/ribbon/commands.html",
      "message.html": "src/ribbon/message.html",
    };
    for (const [page, source] of Object.entries(sources)) {
      const built = policy(readFileSync(path.join(out, page), "utf8"));
      expect({ page, built }).toEqual({ page, built: policy(readFileSync(path.join(ROOT, source), "utf8")) });
      expect(built).toMatch(/default-src '(self|none)'/);
    }
  });
});

test("a host Office cannot load from stops the build with a message saying why", () => {
  const elsewhere = mkdtempSync(path.join(os.tmpdir(), "aip-hosted-refused-"));
  try {
    const result = build(["--env", "host=http://aip.example.org/"], elsewhere);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("Office loads add-ins only over https");
    expect(existsSync(path.join(elsewhere, "manifest.xml"))).toBe(false);
  } finally {
    rmSync(elsewhere, { recursive: true, force: true });
  }
}, 120_000);
