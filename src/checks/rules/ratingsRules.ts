/** The rating consistency rules (issue 4), in the order the README lists them. */
import type { Rule } from "../types";
import { ratingConsistency } from "./ratingConsistency";
import { ratingJump } from "./ratingJump";

export const RATINGS_RULES: readonly Rule[] = [ratingConsistency, ratingJump];
