/**
 * "Did you mean …?" for names a person typed: scale levels, quarters, statuses, field names.
 * Only close matches are offered, so a suggestion is never a guess at what was meant.
 */

/** Lower case, with every space, hyphen and underscore removed: "Practices  in place stage" → "practicesinplacestage". */
function fold(s: string): string {
  return s.toLowerCase().replace(/[\s_-]+/g, "");
}

/** Typing slips turning a into b: inserted, deleted or replaced characters and swapped neighbours. */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** How many slips to forgive: one in a short word, two in a long one. */
function slipsAllowed(length: number): number {
  return length < 3 ? 0 : length < 8 ? 1 : 2;
}

/**
 * The option that `input` most likely meant, or undefined:
 * - one that differs only by case, spaces, hyphens or underscores;
 * - else (with `partial`) the only option containing the input, such as "practices in place"
 *   for "Practices in Place Stage";
 * - else (with `typos`) the only option within a typing slip or two, such as "shortTermOutcome" or "nwe".
 */
export function suggest(input: string, options: readonly string[], how: { partial?: boolean; typos?: boolean } = {}): string | undefined {
  const f = fold(input);
  if (f === "") return undefined;
  const same = options.filter((o) => fold(o) === f);
  if (same.length === 1) return same[0];
  if (how.partial && f.length >= 4) {
    const containing = options.filter((o) => fold(o).includes(f));
    if (containing.length === 1) return containing[0];
  }
  if (how.typos) {
    const near = options.filter((o) => editDistance(fold(o), f) <= slipsAllowed(f.length));
    if (near.length === 1) return near[0];
  }
  return undefined;
}
