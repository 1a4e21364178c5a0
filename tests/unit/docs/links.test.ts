/**
 * Every relative link, image and anchor in README.md and docs/ leads somewhere: a reader who
 * follows one lands on the file and the heading it names, as GitHub shows them.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { anchorsOf, brokenLinks, githubSlug, linksOf, markdownFiles } from "./markdownLinks";

const ROOT = path.resolve(__dirname, "../../..");
const PAGES = [path.join(ROOT, "README.md"), ...markdownFiles(path.join(ROOT, "docs"))];

describe("README.md and docs/ have no broken relative links", () => {
  const cache = new Map<string, Set<string>>();
  test.each(PAGES.map((p) => [path.relative(ROOT, p)]))("%s", (page) => {
    const broken = brokenLinks(path.join(ROOT, page), ROOT, cache).map((b) => `${b.file}:${b.line}: (${b.target}) ${b.problem}`);
    expect(broken).toEqual([]);
  });

  test("the docs folder has its index page", () => {
    expect(PAGES.map((p) => path.relative(ROOT, p))).toEqual(expect.arrayContaining(["README.md", path.join("docs", "README.md")]));
  });
});

describe("GitHub heading ids", () => {
  test.each([
    ["Quick start", "quick-start"],
    ["The workbook's public names", "the-workbooks-public-names"],
    ["Rating the initiatives (Quarterly Progress Report)", "rating-the-initiatives-quarterly-progress-report"],
    ["Missing or broken names: Repair names", "missing-or-broken-names-repair-names"],
    ["`aip repair`", "aip-repair"],
    ["On the command line: `aip check`", "on-the-command-line-aip-check"],
    ["Self-assessment: the AIP Rubric", "self-assessment-the-aip-rubric"],
    ["**Bold** and [a link](x.md) → here", "bold-and-a-link--here"],
    ["snake_case stays", "snake_case-stays"],
    ["Café au lait", "café-au-lait"],
  ])("%s → #%s", (heading, slug) => {
    expect(githubSlug(heading)).toBe(slug);
  });

  test("repeated headings get -1, -2; headings inside code blocks are not headings; setext headings count", () => {
    const page = ["# Command line", "## Command line", "### Command line", "```", "# Not a heading", "```", "Setext title", "------------", '<a name="old-anchor"></a>'].join("\n");
    expect([...anchorsOf(page)].sort()).toEqual(["command-line", "command-line-1", "command-line-2", "old-anchor", "setext-title"]);
  });
});

describe("the checker finds what is broken", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "aip-links-"));
    fs.mkdirSync(path.join(dir, "docs"));
    fs.writeFileSync(path.join(dir, "docs", "guide.md"), "# Guide\n\n## Rate a quarter\n\nText.\n");
    fs.writeFileSync(path.join(dir, "docs", "picture.png"), "");
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  function check(markdown: string): string[] {
    fs.writeFileSync(path.join(dir, "README.md"), markdown);
    return brokenLinks(path.join(dir, "README.md"), dir).map((b) => `${b.line}: ${b.target}: ${b.problem}`);
  }

  test("links that work pass: files, anchors, images, <img src>, links spread over two lines, web links", () => {
    const ok = [
      "# Top",
      "See [the guide](docs/guide.md), [rating](docs/guide.md#rate-a-quarter) and [back up](#top).",
      '![a picture](docs/picture.png) <img src="docs/picture.png" width="300">',
      "A link over [two",
      "lines](docs/guide.md#guide), [the web](https://example.org/x.md#nowhere), [mail](mailto:a@b.org).",
      "Code is not a link: `[x](missing.md)`.",
      "```",
      "[y](missing-too.md)",
      "```",
    ].join("\n");
    expect(check(ok)).toEqual([]);
  });

  test("a missing file, a missing anchor in another page or this one, a missing image: each reported with its line", () => {
    const bad = [
      "# Top",
      "[gone](docs/gone.md)",
      "[wrong anchor](docs/guide.md#rate-the-quarter)",
      "[no heading here](#bottom)",
      '<img src="docs/screenshot-nothing.png" alt="x">',
      "![also gone](docs/none.png)",
    ].join("\n");
    expect(check(bad)).toEqual([
      "2: docs/gone.md: no such file: docs/gone.md",
      `3: docs/guide.md#rate-the-quarter: no heading with the id "rate-the-quarter" in ${path.join("docs", "guide.md")}`,
      '4: #bottom: no heading with the id "bottom" in README.md',
      "5: docs/screenshot-nothing.png: no such file: docs/screenshot-nothing.png",
      "6: docs/none.png: no such file: docs/none.png",
    ]);
  });

  test("links are found wherever they are written: inline, reference definitions, HTML", () => {
    const targets = linksOf('[a](x.md "title")\n[ref]: y.md#z\n<a href="w.md">w</a>\n[b](<with space.md>)').map((l) => l.target);
    expect(targets.sort()).toEqual(["w.md", "with space.md", "x.md", "y.md#z"]);
  });
});
