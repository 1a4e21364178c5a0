/** The plan rules: leads, activities, counts, ratings (issue 3), in the order the README lists them. */
import type { Rule } from "../types";

export const PLAN_RULES: readonly Rule[] = [];
