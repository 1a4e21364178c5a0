/** Every rule the checker runs, in the order docs/rules/README.md lists them. Adding a rule: one file in rules/, one line in its group, one page in docs/rules/. */
import { PLAN_RULES } from "./rules/planRules";
import { RATINGS_RULES } from "./rules/ratingsRules";
import { TEXT_RULES } from "./rules/textRules";
import type { Rule } from "./types";
import { workbookCells } from "./rules/workbookCells";
import { workbookNames } from "./rules/workbookNames";

export const RULES: readonly Rule[] = [...TEXT_RULES, ...PLAN_RULES, ...RATINGS_RULES, workbookNames, workbookCells];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
