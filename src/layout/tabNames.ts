/** Legal, unique tab names for strategy sheets ("1.2 Tiered reading support"). */
import type { InitiativeRef } from "../domain/plan";

/** Excel's limit on a sheet name's length. */
export const MAX_TAB_LENGTH = 31;
const FORBIDDEN = /[[\]:*?/\\]/g;
/** Names Excel reserves. */
const RESERVED = new Set(["history"]);

function cleanText(text: string): string {
  return text
    .replace(FORBIDDEN, " ")
    .split("")
    .map((ch) => (ch.charCodeAt(0) < 32 ? " " : ch)) // control characters (tabs, line breaks from Word)
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}

/** Trims to `max` characters at a word boundary where possible, never ending in an apostrophe or space. */
function fit(text: string, max: number): string {
  let t = text;
  if (t.length > max) {
    t = t.slice(0, max);
    const space = t.lastIndexOf(" ");
    if (space > max / 2) t = t.slice(0, space);
  }
  return t.replace(/[\s']+$/, "");
}

/**
 * "o.i description", made legal for Excel (≤ 31 characters, none of []:*?/\, no apostrophe at
 * either end, not "History") and unique, case-insensitively, against `taken`.
 */
export function strategyTabName(ref: InitiativeRef, description: string, taken: readonly string[]): string {
  const number = `${ref.o}.${ref.i}`;
  const used = new Set(taken.map((t) => t.toLowerCase()));
  const text = cleanText(description);
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const room = MAX_TAB_LENGTH - number.length - suffix.length - 1;
    const body = fit(text, room);
    const name = `${number}${body ? ` ${body}` : ""}${suffix}`;
    if (!used.has(name.toLowerCase()) && !RESERVED.has(name.toLowerCase())) return name;
  }
}
