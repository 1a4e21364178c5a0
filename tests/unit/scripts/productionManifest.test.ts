import { readFileSync } from "fs";
import * as path from "path";
import { hostBase, productionManifest } from "../../../scripts/productionManifest";

const ROOT = path.resolve(__dirname, "../../..");
const DEV_MANIFEST = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

/** Every URL a manifest gives Office: DefaultValue attributes and AppDomain entries. */
function urls(xml: string): string[] {
  return [...xml.matchAll(/DefaultValue="(https?:[^"]*)"|<AppDomain>([^<]*)<\/AppDomain>/g)].map((m) => m[1] ?? m[2]);
}

describe("hostBase: the address dist/ is served from", () => {
  test.each([
    ["https://aip.example.org", "https://aip.example.org/"],
    ["https://aip.example.org/", "https://aip.example.org/"],
    ["https://district.github.io/aip-planner", "https://district.github.io/aip-planner/"],
    ["  https://intranet.example.k12.us:8443/addins/aip/ ", "https://intranet.example.k12.us:8443/addins/aip/"],
  ])("%s is served as %s", (given, base) => {
    expect(hostBase(given).href).toBe(base);
  });

  test.each([
    [undefined, /needs the address/],
    [true, /needs the address/], // `--env host` with no value
    ["aip.example.org", /not a URL/],
    ["http://aip.example.org/", /only over https/],
    ["https://aip.example.org/?v=2", /no user name, password, "\?…" or "#…"/],
    ["https://aip.example.org/#pane", /no user name, password/],
    ["https://admin:secret@aip.example.org/", /no user name, password/],
    ["https://localhost:3000/", /this computer.*npm start/],
    ["https://127.0.0.1/", /this computer/],
  ])("%p is refused with a message that says what to give", (given, message) => {
    expect(() => hostBase(given)).toThrow(message);
  });
});

describe("productionManifest", () => {
  test("moves every URL of manifest.xml under the host, keeping each page, icon and #page", () => {
    const prod = productionManifest(DEV_MANIFEST, "https://aip.example.org/");
    const before = urls(DEV_MANIFEST);
    const after = urls(prod);
    expect(before.length).toBeGreaterThan(10);
    expect(after).toEqual(before.map((u) => (u === "https://localhost:3000" ? "https://aip.example.org" : u.replace("https://localhost:3000/", "https://aip.example.org/"))));
    expect(prod).not.toMatch(/localhost/);
    // Nothing else changes: same Id, version, permissions and ribbon.
    expect(prod.replace(/https:\/\/aip\.example\.org/g, "https://localhost:3000")).toBe(DEV_MANIFEST);
  });

  test("a host in a sub-folder keeps the folder in every URL, and the app domain is the origin alone", () => {
    const prod = productionManifest(DEV_MANIFEST, "https://district.github.io/aip");
    expect(prod).toContain('<SourceLocation DefaultValue="https://district.github.io/aip/taskpane.html"/>');
    expect(prod).toContain('<bt:Url id="TaskpaneCheck.Url" DefaultValue="https://district.github.io/aip/taskpane.html#check"/>');
    expect(prod).toContain("<AppDomain>https://district.github.io</AppDomain>");
  });

  test("an & in the host's path is written as XML, not as a broken attribute", () => {
    const prod = productionManifest(DEV_MANIFEST, "https://example.org/a&b/");
    expect(prod).toContain('<IconUrl DefaultValue="https://example.org/a&amp;b/assets/icon-32.png"/>');
  });

  test("a localhost URL it cannot move stops the build, naming the line", () => {
    const odd = DEV_MANIFEST.replace("https://localhost:3000/help.html", "https://localhost:8080/help.html");
    const line = odd.split("\n").findIndex((l) => l.includes("localhost:8080")) + 1;
    expect(() => productionManifest(odd, "https://aip.example.org/")).toThrow(new RegExp(`manifest.xml line ${line} would still point at this computer.*localhost:8080/help.html`));
  });

  test("the development port of package.json's config is the one moved", () => {
    const on3001 = DEV_MANIFEST.replace(/localhost:3000/g, "localhost:3001");
    expect(productionManifest(on3001, "https://aip.example.org/", "https://localhost:3001")).not.toMatch(/localhost/);
  });
});

test("manifest.xml's version is package.json's version (bump both for a release: docs/deployment.md)", () => {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
  const manifestVersion = /<Version>([^<]+)<\/Version>/.exec(DEV_MANIFEST)?.[1];
  expect(manifestVersion).toBe(`${pkg.version.replace(/[-+].*$/, "")}.0`);
});
