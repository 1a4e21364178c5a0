/**
 * Finds the months a benchmark's text mentions ("By November 2026", "by 11/30/2026",
 * "quarterly from January"): a small finder, enough to put a benchmark on the month's agenda.
 * A month written without a year resolves inside the plan's school year (DECISIONS.md "School year").
 */
import { monthNumber, yearOfMonth } from "../calendar";

function key(year: number, month: number): string | undefined {
  if (month < 1 || month > 12 || year < 1900 || year > 2199) return undefined;
  return `${year}-${String(month).padStart(2, "0")}`;
}

/** Capitalised month names only, so "may" the verb is not read as May. */
const WORD = /\b([A-Z][a-z]{2,8})\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+((?:19|20|21)\d\d))?(?![\d/])/g;

/** Month keys ("2026-11") mentioned in `text`, in order of appearance, without repeats. */
export function monthsMentioned(text: string, schoolYear: number): string[] {
  return unique(mentions(text, schoolYear).map((f) => f.key));
}

/** Words that make a date the benchmark's own deadline: "By November 2026", "no later than 6/30/2027". */
const DEADLINE_WORDS = /\b(by|before|until|no later than|end of)\s+(the\s+)?(end\s+of\s+)?$/i;

/**
 * The months a benchmark is dated by: its deadline dates ("By June 2027, … in the October and June
 * SIMS reports" is dated June 2027), or every month it mentions when it has no "by …" date.
 */
export function benchmarkMonths(text: string, schoolYear: number): string[] {
  const all = mentions(text, schoolYear);
  const deadlines = all.filter((f) => DEADLINE_WORDS.test(text.slice(Math.max(0, f.at - 30), f.at)));
  return unique((deadlines.length > 0 ? deadlines : all).map((f) => f.key));
}

function unique(keys: string[]): string[] {
  return keys.filter((k, i) => keys.indexOf(k) === i);
}

function mentions(text: string, schoolYear: number): { at: number; key: string }[] {
  const found: { at: number; key: string }[] = [];
  const push = (at: number, k: string | undefined) => {
    if (k) found.push({ at, key: k });
  };
  for (const m of text.matchAll(/\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})\b/g)) push(m.index ?? 0, key(Number(m[1]), Number(m[2])));
  for (const m of text.matchAll(/\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/g)) {
    const y = Number(m[3]);
    push(m.index ?? 0, key(m[3].length === 2 ? 2000 + y : y, Number(m[1])));
  }
  for (const m of text.matchAll(/(?<![\d/])(\d{1,2})\/(\d{4})\b/g)) push(m.index ?? 0, key(Number(m[2]), Number(m[1])));
  for (const m of text.matchAll(WORD)) {
    const month = monthNumber(m[1]);
    if (!month) continue;
    const year = m[2] ? Number(m[2]) : yearOfMonth(month, schoolYear);
    push(m.index ?? 0, key(year, month));
  }
  return found.sort((a, b) => a.at - b.at);
}
