/** The rating consistency rules, in the order docs/rules/README.md lists them. */
import type { Rule } from "../types";
import { ratingConsistency } from "./ratingConsistency";
import { ratingJump } from "./ratingJump";

export const RATINGS_RULES: readonly Rule[] = [ratingConsistency, ratingJump];
