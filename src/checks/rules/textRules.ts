/** The benchmark text rules (issue 3), in the order the README lists them. */
import type { Rule } from "../types";

export const TEXT_RULES: readonly Rule[] = [];
