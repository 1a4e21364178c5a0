/**
 * The pane's pages by id and the URL hash that opens each (the manifest's ribbon buttons point at
 * taskpane.html#hash). Kept apart from the components so the manifest test needs no React.
 */
export type PageId = "new" | "add" | "check" | "ratings" | "minutes" | "assess";

export const PAGE_HASHES: Readonly<Record<PageId, string>> = {
  new: "#new-plan",
  add: "#add-initiative",
  check: "#check",
  ratings: "#ratings",
  minutes: "#minutes",
  assess: "#self-assessment",
};

/** The page a hash opens; the New plan page for none or an unknown one. */
export function pageFromHash(hash: string): PageId {
  const found = (Object.keys(PAGE_HASHES) as PageId[]).find((id) => PAGE_HASHES[id] === hash);
  return found ?? "new";
}
