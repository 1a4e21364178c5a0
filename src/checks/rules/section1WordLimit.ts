/** section1-word-limit: Section 1 as a whole is at most 1,000 words (SPEC.md §2.2, DECISIONS.md 5). */
import { PLAN_NAMES } from "../../layout/names";
import { countWords, section1Words } from "../../domain/words";
import { cellText, findingAt } from "../planCells";
import type { PlanRule } from "../types";
import { planAnchor } from "./planObjectiveCount";

export const WORD_LIMIT = 1000;

export const section1WordLimit: PlanRule = {
  kind: "plan",
  id: "section1-word-limit",
  severity: "warning",
  description: "Section 1 (key issues, theory of action, objectives, initiatives, final outcomes) has at most 1,000 words.",
  guidance: 'SPEC.md §2.2 ("Maximum 1,000 words"); DECISIONS.md 5',
  check(subject) {
    const words = section1Words(subject.plan);
    if (words <= WORD_LIMIT) return [];
    const keyIssues = subject.planCell(PLAN_NAMES.keyIssues);
    const anchor = subject.planCell(PLAN_NAMES.wordCount) ?? keyIssues ?? planAnchor(subject);
    const longest = keyIssues ? ` The key issues alone have ${countWords(cellText(keyIssues)).toLocaleString("en-US")}.` : "";
    return [
      findingAt(this, anchor, `Section 1 has ${words.toLocaleString("en-US")} words, over the 1,000-word limit by ${(words - WORD_LIMIT).toLocaleString("en-US")}.${longest}`, {
        suggestion: "Shorten the key issues and theory of action: plain language parents and the community can read.",
        planLevel: true,
      }),
    ];
  },
};
