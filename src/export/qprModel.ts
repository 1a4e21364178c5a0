/**
 * What the QPR's Word document is built from (qprDocx.ts): the report as read from the workbook
 * (commands/qprReport.ts makes it) and, apart from it, the review round it is in. Types only, so
 * the pane can hold them without loading the docx library.
 */
import type { IsoDate, QprPeriod } from "../domain/plan";
import { PUBLISHED, REVIEW_STATUSES, type Review, type ReviewStatus } from "./review";

/** Where the QPR is in its round: "draft" | "in-review" | "published" (review.ts). */
export type QprReviewStatus = ReviewStatus;

export const QPR_REVIEW_STATUSES = REVIEW_STATUSES;

/**
 * The QPR's review round, supplied by whoever knows it (the QPR view's status and corrections
 * cells): `status`, and `corrections` keyed by initiative number as on the sheets ("1.2"), shown
 * beside that initiative's evidence when not blank; numbers the report does not hold are listed at
 * the end, never dropped. A draft or a report in review says DRAFT FOR FACTUAL REVIEW at the top
 * of every page.
 */
export type QprReview = Review;

export { PUBLISHED };

/** One initiative's ratings for the period, exactly as on its strategy sheet ("" when not rated). */
export interface QprReportInitiative {
  /** "1.2", as on the sheets. */
  number: string;
  description: string;
  lead: string;
  process: string;
  processEvidence: string;
  performance: string;
  performanceEvidence: string;
  ratedBy: string;
  ratedOn: string;
}

export interface QprReportObjective {
  o: number;
  title: string;
  /** The narrative typed on the QPR view for this objective ("" when none). */
  narrative: string;
  initiatives: QprReportInitiative[];
}

/** A row of a minutes sheet's evidence inventory, with the meeting's date. */
export interface QprEvidenceRow {
  date: IsoDate;
  initiative: string;
  evidence: string;
  who: string;
  where: string;
}

export interface QprReport {
  district: string;
  period: QprPeriod;
  /** "January 2027" (no year when the school year is unknown). */
  publication: string;
  /** "September – November 2026". */
  covers: string;
  /** The overall narrative typed on the QPR view ("" when none). */
  overall: string;
  objectives: QprReportObjective[];
  evidence: QprEvidenceRow[];
}
