/** The benchmark text rules, in the order docs/rules/README.md lists them. */
import type { Rule } from "../types";
import { activityFrequency } from "./activityFrequency";
import { activityLongNoInterim } from "./activityLongNoInterim";
import { benchmarkAttendance } from "./benchmarkAttendance";
import { benchmarkDate } from "./benchmarkDate";
import { benchmarkDateWindow } from "./benchmarkDateWindow";
import { benchmarkEvidence } from "./benchmarkEvidence";
import { benchmarkPlaceholder } from "./benchmarkPlaceholder";
import { benchmarkTarget } from "./benchmarkTarget";

export const TEXT_RULES: readonly Rule[] = [
  benchmarkPlaceholder,
  benchmarkDate,
  benchmarkTarget,
  benchmarkEvidence,
  benchmarkAttendance,
  benchmarkDateWindow,
  activityFrequency,
  activityLongNoInterim,
];
