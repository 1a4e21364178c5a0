/**
 * The review round of a report (a QPR view or the Summative Report) as people filled it in: the
 * status chosen, the date of each step and each initiative's factual corrections from the
 * district. What the Word exports print ("DRAFT FOR FACTUAL REVIEW" while it is a draft).
 */
import { REVIEW_LABELS, REVIEW_STATUSES, reviewStatusOf, type ReviewStatus } from "../../domain/review";
import type { InitiativeRef, IsoDate, QprPeriod } from "../../domain/plan";
import type { WorkbookSnapshot } from "../../workbook/port";
import type { Cell } from "../../workbook/spec";
import { parseCorrectionsName, qprNames, reviewNames } from "../names";
import { asText, isBlank, isLive, readDate, type Problem } from "./readCells";

export interface Correction {
  ref: InitiativeRef;
  /** "1.2" */
  number: string;
  text: string;
}

export interface ReviewRound {
  /** The status chosen; "draft" when the cell is blank, missing or holds something else (reported). */
  status: ReviewStatus;
  /** The date of each step taken (ISO; text kept as typed when it is not a date, and reported). */
  steps: Partial<Record<ReviewStatus, IsoDate>>;
  /** Initiatives with corrections typed, in plan order. */
  corrections: Correction[];
  problems: Problem[];
}

/** The review round of the report whose names start with `prefix` ("AIP.QPR.Jan", "AIP.Summative.Y2026"). */
export function readReviewRound(snap: WorkbookSnapshot, prefix: string): ReviewRound {
  const names = reviewNames(prefix);
  const problems: Problem[] = [];
  const one = (name: string) => {
    const read = snap.names[name];
    return isLive(snap, read) ? (read.values[0]?.[0] ?? "") : "";
  };
  const typed = asText(one(names.status));
  let status = reviewStatusOf(typed);
  if (!status) {
    if (!isBlank(typed)) {
      const choices = REVIEW_STATUSES.map((s) => REVIEW_LABELS[s]).join(", ");
      problems.push({
        where: names.status,
        message: `The review status "${typed}" is not one of ${choices}: the report is treated as a draft. Choose the status from the dropdown.`,
      });
    }
    status = "draft";
  }
  const steps: ReviewRound["steps"] = {};
  for (const step of REVIEW_STATUSES) {
    const date = readDate(one(names.stepDate(step)), names.stepDate(step), problems);
    if (date !== undefined) steps[step] = date;
  }
  const corrections: Correction[] = [];
  for (const [name, read] of Object.entries(snap.names)) {
    const ref = parseCorrectionsName(prefix, name);
    if (!ref || !isLive(snap, read)) continue;
    const text = asText(read.values[0]?.[0] ?? "").trim();
    if (text !== "") corrections.push({ ref, number: `${ref.o}.${ref.i}`, text });
  }
  corrections.sort((a, b) => a.ref.o - b.ref.o || a.ref.i - b.ref.i);
  return { status, steps, corrections, problems };
}

/**
 * The review round of the QPR view of `period`: its status ("draft" | "in-review" | "published"),
 * the date of each step and the district's factual corrections per initiative ("1.2" → text).
 */
export function readQprReview(snap: WorkbookSnapshot, period: QprPeriod): ReviewRound {
  return readReviewRound(snap, qprNames(period).prefix);
}

/** The review round's cells as people left them, to be written back on a rebuild. */
export interface ReviewTyped {
  status: Cell;
  steps: Record<ReviewStatus, Cell>;
}

/** What people typed in a report's review round, read from the snapshot (null where nothing is); a report never built before starts as a Draft. */
export function reviewTyped(typedAt: (name: string) => Cell, names: ReturnType<typeof reviewNames>, exists: (name: string) => boolean): ReviewTyped {
  const steps = Object.fromEntries(REVIEW_STATUSES.map((s) => [s, typedAt(names.stepDate(s))])) as Record<ReviewStatus, Cell>;
  return { status: exists(names.status) ? typedAt(names.status) : REVIEW_LABELS.draft, steps };
}
