/**
 * Elisions and template leftovers (DECISIONS.md 15): "…", "....", "<X>", "XX", "<insert date>",
 * "TBD", "Choose an item.", blanks to fill in ("______"), Word's "Click or tap here to enter text.".
 * Any one makes a benchmark incomplete, whatever else it states.
 */
import { hasAny, wordsOf, type Words } from "./words";

const PLACEHOLDER_RE =
  /…|\.{3,}|<[^<>\n]{1,40}>|\bX{2,}\b|\bX\s*%|\b(?:TBD|TBA|TBC)\b|\bto\s+be\s+(?:determined|decided|announced)\b|\bChoose\s+an\s+item\.?|\bClick\s+(?:or\s+tap\s+)?here\s+to\s+enter\s+(?:text|a\s+date)\.?|\[(?:\s*(?:insert|enter|add|type|date|name|number|target|x|tbd|#)[^\]\n]{0,40})\]|_{3,}|\?{2,}/gi;

const MARKS = ["…", "...", "<", "[", "__", "??"];
const WORDS = ["xx", "xxx", "x", "tbd", "tba", "tbc", "choose", "click", "determined", "decided", "announced"];

/** The placeholders in `text`, as written, in order. */
export function findPlaceholders(text: string, words: Words = wordsOf(text)): string[] {
  if (!MARKS.some((m) => text.includes(m)) && !hasAny(words, WORDS)) return [];
  return Array.from(text.matchAll(PLACEHOLDER_RE), (m) => m[0]);
}
