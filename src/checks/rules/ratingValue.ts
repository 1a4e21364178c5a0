/**
 * rating-value: a QPR rating cell holds a scale level's exact name (SPEC.md §6.3): a misspelt,
 * lower-case or padded name is not counted by the roll-up's formulas.
 */
import { levelByName } from "../../domain/scales";
import { suggest } from "../../domain/suggest";
import { cellText, filledRatings, findingAt, shorten } from "../planCells";
import type { Finding, PlanRule } from "../types";

export const ratingValue: PlanRule = {
  kind: "plan",
  id: "rating-value",
  severity: "error",
  description: "A process or performance rating is exactly one of its scale's level names.",
  guidance: "SPEC.md §6.3 (Appendix G scales, names verbatim)",
  check(subject) {
    const out: Finding[] = [];
    for (const { period, kind, scale, cell } of filledRatings(subject)) {
      const text = cellText(cell);
      if (typeof cell.value === "string" && levelByName(scale, text)) continue;
      const names = scale.levels.map((l) => l.name);
      const guess = suggest(text, names, { partial: true, typos: true });
      const why = text !== text.trim() && levelByName(scale, text.trim()) ? " (it has extra spaces)" : "";
      out.push(
        findingAt(this, cell, `The ${period} ${kind.toLowerCase()} rating "${shorten(text)}"${why} is not a level of the ${scale.title} scale, so the roll-up does not count it.`, {
          suggestion: guess ? `Choose "${guess}" from the dropdown.` : `Choose one of: ${names.join("; ")}.`,
        }),
      );
    }
    return out;
  },
};
