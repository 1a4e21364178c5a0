/**
 * The plan: what a district writes in its Accelerated Improvement Plan (SPEC.md §2–§3, §6).
 * This is also the shape of the public plan JSON document (see docs/command-line.md, "Plan JSON").
 * Dates are ISO calendar dates ("2026-09-15"): a plan has no time of day and no time zone.
 */

/** An ISO calendar date, YYYY-MM-DD. */
export type IsoDate = string;

/** The template's activity quarter labels, verbatim (SPEC.md §3.3, DECISIONS.md 3). */
export const QUARTERS = ["Sept-Dec", "Jan-March", "April-June", "July-Aug"] as const;
export type Quarter = (typeof QUARTERS)[number];

/** QPR periods, named by publication month (DECISIONS.md 2). */
export const QPR_PERIODS = ["Jan", "Mar", "Jun", "Sep"] as const;
export type QprPeriod = (typeof QPR_PERIODS)[number];

/** Activity statuses offered in the Status column's dropdown. */
export const ACTIVITY_STATUSES = ["Not started", "In progress", "Complete", "Delayed"] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export interface Activity {
  quarter: Quarter;
  /** H. Activities to Achieve the Outcomes for the Initiative (Action Steps) */
  text: string;
  /** I. Who will Lead? (may name a team) */
  lead: string;
  /** J. When will it Start? */
  start?: IsoDate;
  /** K. When will it be Complete? */
  complete?: IsoDate;
  status?: ActivityStatus;
}

/** One QPR period's ratings for an initiative (SPEC.md §6.3). Values are exact scale names. */
export interface RatingEntry {
  process?: string;
  processEvidence?: string;
  performance?: string;
  performanceEvidence?: string;
  /** Who rated the initiative for this period (the QPR table's "Rated by"). */
  ratedBy?: string;
  /** When it was rated ("Date rated"). */
  ratedOn?: IsoDate;
}

export type Ratings = Partial<Record<QprPeriod, RatingEntry>>;

export interface Initiative {
  /** C. Initiative Number and Description (the number is derived from the initiative's position). */
  description: string;
  /** D. Lead for this Initiative (one person) */
  lead: string;
  /** E. Short-term outcomes, one per entry */
  shortTermOutcomes: string[];
  /** F. Early-evidence indicators, one per entry */
  earlyEvidence: string[];
  /** G. Key resources */
  resources: string;
  activities: Activity[];
  ratings: Ratings;
}

export interface Objective {
  /** A. District Strategic Objective */
  title: string;
  /** B. Overall Lead for this Objective (one person) */
  lead: string;
  initiatives: Initiative[];
}

export interface FinalOutcome {
  text: string;
  date?: IsoDate;
}

export interface Plan {
  district: string;
  /** The plan's date (template header "Date:"). */
  date: IsoDate;
  /** Start year of the school year: 2026 means 1 September 2026 to 31 August 2027. */
  schoolYear: number;
  keyIssues: string;
  theoryOfAction: string;
  roster: string[];
  finalOutcomes: FinalOutcome[];
  objectives: Objective[];
}

/** Where an initiative sits: o and i count from 1, as in "Initiative 1.2" and AIP.O1.I2.* names. */
export interface InitiativeRef {
  o: number;
  i: number;
}
