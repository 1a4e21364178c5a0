/**
 * The words of a text, once, so each pattern group runs only when one of its trigger words is
 * present: most benchmark texts skip most patterns (the 10,000-texts-in-2-s target).
 */
export type Words = ReadonlySet<string>;

const SPLIT = /[^a-z0-9]+/;

export function wordsOf(text: string): Words {
  return new Set(text.toLowerCase().split(SPLIT));
}

/** Trigger words as a set, built once per pattern group. */
export function triggers(list: readonly string[]): ReadonlySet<string> {
  return new Set(list);
}

export function hasAny(words: Words, trigger: ReadonlySet<string> | readonly string[]): boolean {
  if (Array.isArray(trigger)) {
    for (const t of trigger) if (words.has(t)) return true;
    return false;
  }
  const set = trigger as ReadonlySet<string>;
  // Walk the smaller side: a benchmark has a few dozen words, a group up to ~60 triggers.
  if (words.size <= set.size) {
    for (const w of words) if (set.has(w)) return true;
  } else {
    for (const t of set) if (words.has(t)) return true;
  }
  return false;
}

/** True when some word starts with one of `prefixes` ("participat" → participate, participation). */
export function hasPrefix(words: Words, prefixes: readonly string[]): boolean {
  for (const w of words) for (const p of prefixes) if (w.startsWith(p)) return true;
  return false;
}

export const HAS_DIGIT = /\d/;

/**
 * Many pattern groups, each with its trigger words: which of them a text's words open, in one pass
 * over the words (one map lookup per word) instead of one set walk per group.
 */
export function groupIndex(groups: readonly ReadonlySet<string>[]): (words: Words) => boolean[] {
  const byWord = new Map<string, number[]>();
  groups.forEach((set, g) => {
    for (const w of set) {
      const list = byWord.get(w);
      if (list) list.push(g);
      else byWord.set(w, [g]);
    }
  });
  return (words) => {
    const open = new Array<boolean>(groups.length).fill(false);
    for (const w of words) {
      const list = byWord.get(w);
      if (list) for (const g of list) open[g] = true;
    }
    return open;
  };
}
