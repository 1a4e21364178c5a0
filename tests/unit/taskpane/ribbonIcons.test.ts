/** Every ribbon button has an icon of its own at 16, 32 and 80 px (assets/ribbon-*.png, drawn by scripts/make-ribbon-icons.js). */
import { readFileSync } from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../../..");
const manifest = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const images = Object.fromEntries([...manifest.matchAll(/<bt:Image id="([^"]+)" DefaultValue="([^"]+)"\/>/g)].map((m) => [m[1], m[2]]));

/** Each button's icon files by size, as the manifest lists them. */
function buttonIcons(): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const m of manifest.matchAll(/<Control xsi:type="Button" id="([^"]+)">([\s\S]*?)<\/Control>/g)) {
    out[m[1]] = Object.fromEntries([...m[2].matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"\/>/g)].map((i) => [i[1], images[i[2]]]));
  }
  return out;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString("ascii")).toBe("PNG");
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

const local = (url: string) => path.join(ROOT, "assets", url.replace(/^.*\/assets\//, ""));

test("each of the seven buttons has its own 16, 32 and 80 px icon, and the files are those sizes", () => {
  const icons = buttonIcons();
  expect(Object.keys(icons)).toHaveLength(7);
  for (const [button, sizes] of Object.entries(icons)) {
    expect({ button, sizes: Object.keys(sizes).sort() }).toEqual({ button, sizes: ["16", "32", "80"] });
    for (const [size, url] of Object.entries(sizes)) expect({ button, size: pngSize(local(url)) }).toEqual({ button, size: [Number(size), Number(size)] });
  }
});

test("no two buttons share an icon: the files differ at every size", () => {
  const icons = Object.values(buttonIcons());
  for (const size of ["16", "32", "80"]) {
    const contents = icons.map((i) => readFileSync(local(i[size])).toString("base64"));
    expect(new Set(contents).size).toBe(icons.length);
  }
});
