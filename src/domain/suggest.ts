/**
 * "Did you mean …?" for names a person typed: scale levels, quarters, statuses, field names.
 * Only close matches are offered, so a suggestion is never a guess at what was meant.
 */

/** Lower case, with every space, hyphen and underscore removed: "Practices  in place stage" → "practicesinplacestage". */
function fold(s: string): string {
  return s.toLowerCase().replace(/[\s_-]+/g, "");
}

/** Number of single-character edits (insert, delete, replace) turning a into b. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}

/**
 * The option that `input` most likely meant, or undefined:
 * - one that differs only by case, spaces, hyphens or underscores;
 * - else (with `partial`) the only option containing the input, such as "practices in place"
 *   for "Practices in Place Stage";
 * - else (with `typos`) the only option within two typing slips, such as "shortTermOutcome".
 */
export function suggest(
  input: string,
  options: readonly string[],
  how: { partial?: boolean; typos?: boolean } = {},
): string | undefined {
  const f = fold(input);
  if (f === "") return undefined;
  const same = options.filter((o) => fold(o) === f);
  if (same.length === 1) return same[0];
  if (how.partial && f.length >= 4) {
    const containing = options.filter((o) => fold(o).includes(f));
    if (containing.length === 1) return containing[0];
  }
  if (how.typos) {
    const near = options.filter((o) => editDistance(fold(o), f) <= Math.min(2, Math.floor(f.length / 4)));
    if (near.length === 1) return near[0];
  }
  return undefined;
}
