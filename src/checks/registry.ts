/** Every rule the checker runs, in README order. Adding a rule: one file in rules/, one line in its group. */
import { PLAN_RULES } from "./rules/planRules";
import { RATINGS_RULES } from "./rules/ratingsRules";
import { TEXT_RULES } from "./rules/textRules";
import type { Rule } from "./types";

export const RULES: readonly Rule[] = [...TEXT_RULES, ...PLAN_RULES, ...RATINGS_RULES];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
