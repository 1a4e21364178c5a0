/**
 * The manifest asks for no more than the add-in needs: read and write the open workbook, nothing
 * else; every page and image it names is served from the add-in's own origin over HTTPS.
 */
import { readFileSync } from "fs";
import * as path from "path";

const manifest = readFileSync(path.resolve(__dirname, "../../../manifest.xml"), "utf8");

test("the only permission asked for is ReadWriteDocument", () => {
  expect([...manifest.matchAll(/<Permissions>([^<]*)<\/Permissions>/g)].map((m) => m[1].trim())).toEqual(["ReadWriteDocument"]);
});

test("every URL in the manifest is HTTPS on the add-in's own origin, which is its only AppDomain", () => {
  const origin = new URL(/<SourceLocation DefaultValue="([^"]+)"/.exec(manifest)![1]).origin;
  expect(origin).toMatch(/^https:\/\//);
  const urls = [...manifest.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]);
  expect(urls.length).toBeGreaterThan(5);
  expect(urls.filter((u) => new URL(u).origin !== origin)).toEqual([]);
  expect([...manifest.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map((m) => m[1].trim())).toEqual([origin]);
});
