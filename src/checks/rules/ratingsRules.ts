/** The rating consistency rules (issue 4), in the order the README lists them. */
import type { Rule } from "../types";

export const RATINGS_RULES: readonly Rule[] = [];
