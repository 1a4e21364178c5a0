/**
 * Header and footer text for both adapters: the spec's readable codes (&[Page], &[Pages], &[Date],
 * &[Tab]) become Excel's &P, &N, &D and &A (ECMA-376 §18.3.1.46 "headerFooter"; Office.js
 * HeaderFooter takes the same codes), and a literal "&" is doubled so it prints as itself.
 */
const CODES: Record<string, string> = { "&[Page]": "&P", "&[Pages]": "&N", "&[Date]": "&D", "&[Tab]": "&A" };

export function bandText(text: string | undefined): string {
  return (text ?? "")
    .split(/(&\[(?:Page|Pages|Date|Tab)\])/)
    .map((piece) => CODES[piece] ?? piece.replace(/&/g, "&&"))
    .join("");
}
