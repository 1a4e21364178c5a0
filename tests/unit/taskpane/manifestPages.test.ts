/** Every ribbon button that opens the pane lands on its own page: the manifest's URLs and the pane's hashes agree. */
import { readFileSync } from "fs";
import * as path from "path";
import { PAGE_HASHES, pageFromHash, type PageId } from "../../../src/taskpane/pageIds";

const manifest = readFileSync(path.resolve(__dirname, "../../../manifest.xml"), "utf8");

/** The task pane URL each ShowTaskpane button uses, by button id. */
function paneButtons(): Record<string, string> {
  const urls = Object.fromEntries([...manifest.matchAll(/<bt:Url id="([^"]+)" DefaultValue="([^"]+)"\/>/g)].map((m) => [m[1], m[2]]));
  const out: Record<string, string> = {};
  for (const m of manifest.matchAll(/<Control xsi:type="Button" id="([^"]+)">([\s\S]*?)<\/Control>/g)) {
    const source = /<Action xsi:type="ShowTaskpane">[\s\S]*?<SourceLocation resid="([^"]+)"\/>/.exec(m[2]);
    if (source) out[m[1]] = urls[source[1]];
  }
  return out;
}

test("each pane button opens taskpane.html on a different page, and every page has a button", () => {
  const buttons = paneButtons();
  const pages = Object.entries(buttons).map(([id, url]) => {
    expect({ id, url }).toEqual({ id, url: expect.stringMatching(/\/taskpane\.html(#[a-z-]+)?$/) });
    return pageFromHash(new URL(url).hash);
  });
  expect(new Set(pages).size).toBe(pages.length);
  const withButton = new Set<PageId>(pages);
  const without = (Object.keys(PAGE_HASHES) as PageId[]).filter((p) => !withButton.has(p));
  expect(without).toEqual([]);
  expect(pages).toContain("new"); // the Plan button opens the pane without a hash
});

test("a hash the pane does not know opens New plan", () => {
  expect(pageFromHash("#no-such-page")).toBe("new");
  expect(pageFromHash("")).toBe("new");
});

test("the ribbon's groups hold at most six controls each (Office's limit)", () => {
  for (const g of manifest.matchAll(/<Group id="([^"]+)">([\s\S]*?)<\/Group>/g)) {
    const controls = (g[2].match(/<Control /g) ?? []).length;
    expect({ group: g[1], tooMany: controls > 6 }).toEqual({ group: g[1], tooMany: false });
  }
});
