/**
 * benchmark-evidence: an early-evidence indicator, short-term outcome or final outcome says how it
 * will be measured: "as evidenced by …", "measured through …", "based on … data" behind a target, or
 * a named instrument or artifact (MCAS, i-Ready, walkthrough data, surveys, sign-in sheets…).
 * "as evidenced by…" with the source left out does not count. SPEC.md §4.1 ("State clearly how the
 * indicator will be measured"), §4.4 criterion 2, §4.7. Activities are evidenced by being done
 * (status and dates), so they are not checked.
 */
import type { TextRule } from "../types";
import { analysisOf, label, PERFORMANCE_TYPES, tail } from "./benchmarkText";

/**
 * The text without a trailing elided clause ("… as evidenced by…" → "…"), shortened for the
 * rewrite. Long texts are only shortened: their end is not shown anyway.
 */
function withoutElidedClause(text: string): string {
  if (text.length > 300) return tail(text, 90, false);
  let t = text.trimEnd();
  let i = t.length;
  while (i > 0 && (t[i - 1] === "." || t[i - 1] === "…")) i--;
  if (t.length - i >= 2 || t.endsWith("…")) t = t.slice(0, i).trimEnd();
  t = t.replace(/,?\s?as\s(?:evidenced|measured)\sby$/i, "").trimEnd();
  return tail(t, 90, false);
}

export const benchmarkEvidence: TextRule = {
  kind: "text",
  id: "benchmark-evidence",
  severity: "error",
  description: "A performance benchmark names how it will be measured: an evidence clause or a named instrument or artifact.",
  guidance: 'SPEC.md §4.1 ("State clearly how the indicator will be measured"), §4.4 criterion 2, §4.7',
  appliesTo: PERFORMANCE_TYPES,
  check(input, context) {
    const a = analysisOf(input, context);
    if (a.hasEvidence) return [];
    const message = a.elidedEvidence
      ? `This ${label(input.type)} starts an evidence clause ("as evidenced by…") but leaves out the source.`
      : `This ${label(input.type)} does not say how it will be measured: no evidence source, instrument or artifact.`;
    return [
      {
        message,
        suggestion: `Name the evidence: "${withoutElidedClause(input.text)}, as evidenced by <walkthrough data / i-Ready results / PLC minutes>".`,
      },
    ];
  },
};
