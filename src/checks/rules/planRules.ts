/** The plan rules: leads, activities, counts, ratings, in the order docs/rules/README.md lists them. */
import type { Rule } from "../types";
import { activityDates } from "./activityDates";
import { activityDatesOrder } from "./activityDatesOrder";
import { activityLead } from "./activityLead";
import { activityOverdue } from "./activityOverdue";
import { activityQuarter } from "./activityQuarter";
import { finalOutcomeDate } from "./finalOutcomeDate";
import { leadOnePerson } from "./leadOnePerson";
import { planInitiativeCount } from "./planInitiativeCount";
import { planObjectiveCount } from "./planObjectiveCount";
import { ratingEvidence } from "./ratingEvidence";
import { ratingValue } from "./ratingValue";
import { section1WordLimit } from "./section1WordLimit";

export const PLAN_RULES: readonly Rule[] = [
  leadOnePerson,
  activityLead,
  activityDates,
  activityDatesOrder,
  activityQuarter,
  activityOverdue,
  planObjectiveCount,
  planInitiativeCount,
  section1WordLimit,
  finalOutcomeDate,
  ratingValue,
  ratingEvidence,
];
