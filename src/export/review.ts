/**
 * A report's round of factual review (SPEC.md §6.2: the Monitor drafts, the district checks the
 * facts, the report is published), as every report's Word document shows it: a mark on every page
 * while it is not published, and the district's corrections beside what they correct. The statuses
 * are the domain's (src/domain/review.ts). Types and words only, so the pane can hold them without
 * loading the docx library.
 */
import type { ReviewStatus } from "../domain/review";

export { REVIEW_STATUSES, type ReviewStatus } from "../domain/review";

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
/** The heading of the corrections, as on the report sheets. */
export { CORRECTIONS_HEADER } from "../layout/reportLabels";

/** What every page says at the top: the draft mark until the report is published. */
export function pageMark(review: Review): string | undefined {
  return review.status === "published" ? undefined : DRAFT_MARK;
}
