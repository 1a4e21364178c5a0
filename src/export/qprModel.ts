/**
 * What the QPR's Word document is built from (qprDocx.ts): the report as read from the workbook
 * (commands/qprReport.ts makes it) and, apart from it, the review round it is in. Types only, so
 * the pane can hold them without loading the docx library.
 */
import type { IsoDate, QprPeriod } from "../domain/plan";

/** Where the QPR is in its round (SPEC.md §6.2): the Monitor's draft, the district's factual review, published. */
export type QprReviewStatus = "draft" | "in-review" | "published";

export const QPR_REVIEW_STATUSES: readonly QprReviewStatus[] = ["draft", "in-review", "published"];

/**
 * The review round, supplied by whoever knows it (the QPR view's status and corrections cells).
 * A draft or a report in review says DRAFT FOR FACTUAL REVIEW at the top of every page.
 */
export interface QprReview {
  status: QprReviewStatus;
  /**
   * Factual corrections from the district, by initiative number as on the sheets ("1.2"); shown
   * beside that initiative's evidence when not blank. Numbers the report does not hold are listed
   * at the end, never dropped.
   */
  corrections?: Readonly<Record<string, string>>;
}

/** Nothing says otherwise: the report is published. */
export const PUBLISHED: QprReview = { status: "published" };

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
