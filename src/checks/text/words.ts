/**
 * The words of a text, once, so each pattern group runs only when one of its trigger words is
 * present: most benchmark texts skip most patterns (the 10,000-texts-in-2-s target).
 */
export type Words = ReadonlySet<string>;

const SPLIT = /[^a-z0-9]+/;

export function wordsOf(text: string): Words {
  return new Set(text.toLowerCase().split(SPLIT));
}

export function hasAny(words: Words, triggers: readonly string[]): boolean {
  for (const t of triggers) if (words.has(t)) return true;
  return false;
}

/** True when some word starts with one of `prefixes` ("participat" → participate, participation). */
export function hasPrefix(words: Words, prefixes: readonly string[]): boolean {
  for (const w of words) for (const p of prefixes) if (w.startsWith(p)) return true;
  return false;
}

export const HAS_DIGIT = /\d/;
