/**
 * Benchmark texts checked on their own, before they go into a plan (`aip benchmarks`): the three
 * attributes and every text rule's findings, in input order. This is what `checkerTextsPerSecond`
 * times (scripts/bench.ts).
 */
import { schoolYearWindow, usDate } from "../domain/calendar";

import { finalOutcomeDate } from "./rules/finalOutcomeDate";
import { analysisOf } from "./rules/benchmarkText";
import { TEXT_RULES } from "./rules/textRules";
import type { BenchmarkInput, Severity, TextContext, TextRule } from "./types";

export interface TextReportFinding {
  rule: string;
  severity: Severity;
  message: string;
  suggestion?: string;
}

/** A text to check; `kind` is set for a goal or an "other" line, which have no benchmark type. */
export type TextInput = BenchmarkInput;

export interface TextReport {
  hasDate: boolean;
  hasTarget: boolean;
  hasEvidence: boolean;
  findings: TextReportFinding[];
}

const RULES: readonly TextRule[] = TEXT_RULES.filter((r): r is TextRule => r.kind === "text");

/**
 * A text without a type (or a goal) is judged as a performance benchmark: every rule but the
 * activity-only ones. An "other" line is not a benchmark: only the rules for every text apply.
 */
function applies(rule: TextRule, input: TextInput): boolean {
  if (!rule.appliesTo) return true;
  if (input.type) return rule.appliesTo.includes(input.type);
  return input.kind !== "other" && rule.appliesTo.some((t) => t !== "activity");
}

export function checkBenchmarkTexts(inputs: readonly TextInput[], context: TextContext = {}): TextReport[] {
  return inputs.map((input) => {
    const findings: TextReportFinding[] = [];
    for (const rule of RULES) {
      if (!applies(rule, input)) continue;
      for (const f of rule.check(input, context)) {
        const out: TextReportFinding = { rule: rule.id, severity: rule.severity, message: f.message };
        if (f.suggestion) out.suggestion = f.suggestion;
        findings.push(out);
      }
    }
    const a = analysisOf(input, context);
    // In a workbook a final outcome has a Date column (final-outcome-date judges it); a text alone
    // has only its words, so the same note is given here (DECISIONS.md 14).
    if (input.type === "final_outcome" && !a.hasDate) {
      const end = context.schoolYear !== undefined ? usDate(schoolYearWindow(context.schoolYear).end) : "the end of the school year";
      findings.push({
        rule: finalOutcomeDate.id,
        severity: finalOutcomeDate.severity,
        message: `This final outcome has no date; ${end === "the end of the school year" ? end : `${end} (the end of the school year)`} is assumed.`,
        suggestion: `Add the date it will be measured: "By June ${context.schoolYear !== undefined ? context.schoolYear + 1 : "<year>"}, …".`,
      });
    }
    return { hasDate: a.hasDate, hasTarget: a.hasTarget, hasEvidence: a.hasEvidence, findings };
  });
}
