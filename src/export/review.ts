/**
 * A report's round of factual review (SPEC.md §6.2: the Monitor drafts, the district checks the
 * facts, the report is published), as every report's Word document shows it: a mark on every page
 * while it is not published, and the district's corrections beside what they correct. Types and
 * words only, so the pane can hold them without loading the docx library.
 */

/** The Monitor's draft, the draft in the district's factual review, published. */
export type ReviewStatus = "draft" | "in-review" | "published";

export const REVIEW_STATUSES: readonly ReviewStatus[] = ["draft", "in-review", "published"];

export interface Review {
  status: ReviewStatus;
  /**
   * Factual corrections from the district, keyed by what they correct (for the QPR: the initiative's
   * number as on the sheets, "1.2"); shown beside it when not blank.
   */
  corrections?: Readonly<Record<string, string>>;
}

/** Nothing says otherwise: the report is published. */
export const PUBLISHED: Review = { status: "published" };

export const DRAFT_MARK = "DRAFT FOR FACTUAL REVIEW";
export const CORRECTIONS_HEADER = "Factual corrections from the district";

/** The report's status line. */
export const STATUS_TEXT: Record<ReviewStatus, string> = {
  draft: "Draft (Monitor's draft, for factual review)",
  "in-review": "Draft in factual review with the district",
  published: "Published",
};

/** What every page says at the top: the draft mark until the report is published. */
export function pageMark(review: Review): string | undefined {
  return review.status === "published" ? undefined : DRAFT_MARK;
}
