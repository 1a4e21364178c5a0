/**
 * "QPR as a Word document": reads what the QPR of one period says, from one snapshot and with no
 * writes: the plan's initiatives with their ratings and evidence for the period (from the strategy
 * sheets, as the QPR view shows them), the narratives typed on the "QPR <period>" view, and the
 * evidence listed in the period's minutes, and the review round recorded on the view (its status and
 * the district's factual corrections). What could not be read comes back as problems naming the
 * cell or defined name; a view not built yet is one of them (the narratives are then empty and,
 * with nothing saying otherwise, the report is published).
 */
import type { InitiativeRef, Plan, QprPeriod } from "../domain/plan";
import { PUBLISHED, type QprReport, type QprReportObjective, type QprReview } from "../export/qprModel";
import { qprMonths } from "../layout/build/qprSheet";
import { qprNames } from "../layout/names";
import { qprSheetName } from "../layout/sheetNames";
import { NameReader, type Problem } from "../layout/read/readCells";
import { initiativeIsLive, initiativeRefs, readPlan } from "../layout/read/readPlan";
import { readQprReview } from "../layout/read/reviewRound";
import type { WorkbookPort, WorkbookSnapshot } from "../workbook/port";
import { minutesEvidence } from "./qprView";

export interface QprReportResult {
  report: QprReport;
  /** The review round as the QPR view records it; PUBLISHED when the view has none. */
  review: QprReview;
  problems: Problem[];
}

/**
 * The view's status and corrections, in the form the Word document takes. A view built before it
 * had a review round (no status cell) says nothing otherwise, so the report is published.
 */
function reviewOf(snap: WorkbookSnapshot, period: QprPeriod, problems: Problem[]): QprReview {
  if (!(qprNames(period).review.status in snap.names)) return PUBLISHED;
  const round = readQprReview(snap, period);
  problems.push(...round.problems);
  if (round.corrections.length === 0) return { status: round.status };
  return { status: round.status, corrections: Object.fromEntries(round.corrections.map((c) => [c.number, c.text])) };
}

/**
 * The refs of the initiatives readPlan lists, grouped as its objectives are: objectives and
 * initiatives whose strategy sheet is still there, in order (readPlan numbers what exists in order).
 */
function listedRefs(snap: WorkbookSnapshot): InitiativeRef[][] {
  const groups = new Map<number, InitiativeRef[]>();
  for (const ref of initiativeRefs(snap).filter((r) => initiativeIsLive(snap, r))) groups.set(ref.o, [...(groups.get(ref.o) ?? []), ref]);
  return [...groups.keys()].sort((a, b) => a - b).map((o) => groups.get(o) ?? []);
}

function objectivesOf(plan: Plan, refs: InitiativeRef[][], period: QprPeriod, narrative: (o: number) => string): QprReportObjective[] {
  return plan.objectives.map((objective, k) => {
    const o = refs[k]?.[0]?.o ?? k + 1;
    return {
      o,
      title: objective.title,
      narrative: narrative(o),
      initiatives: objective.initiatives.map((ini, j) => {
        const r = ini.ratings[period] ?? {};
        return {
          number: `${o}.${refs[k]?.[j]?.i ?? j + 1}`,
          description: ini.description,
          lead: ini.lead,
          process: r.process ?? "",
          processEvidence: r.processEvidence ?? "",
          performance: r.performance ?? "",
          performanceEvidence: r.performanceEvidence ?? "",
          ratedBy: r.ratedBy ?? "",
          ratedOn: r.ratedOn ?? "",
        };
      }),
    };
  });
}

/** The QPR of `period` as the snapshot holds it (pure: the pane and the CLI share it). */
export function readQprReport(snap: WorkbookSnapshot, period: QprPeriod): QprReportResult {
  const { plan, problems } = readPlan(snap);
  const q = qprNames(period);
  const r = new NameReader(snap);
  const built = q.overall in snap.names;
  if (!built) {
    problems.push({
      where: q.overall,
      message: `There is no QPR view for ${period} in this workbook (no sheet "${qprSheetName(period)}" with its names), so the report has no narratives. Build it (Ratings > Build QPR view, or aip qpr --period ${period}), type the narratives there, then make the document again.`,
    });
  }
  const text = (name: string) => (built ? r.text(name, false).trim() : "");
  const months = qprMonths(period, plan.schoolYear);
  const report: QprReport = {
    district: plan.district,
    period,
    publication: months.publication,
    covers: months.covers,
    overall: text(q.overall),
    objectives: objectivesOf(plan, listedRefs(snap), period, (o) => text(q.objective(o))),
    evidence: minutesEvidence(snap, period, plan.schoolYear),
  };
  const review = reviewOf(snap, period, problems);
  return { report, review, problems: [...problems, ...r.problems] };
}

/** One read of the workbook, no writes. */
export async function qprReport(port: WorkbookPort, input: { period: QprPeriod }): Promise<QprReportResult> {
  return readQprReport(await port.snapshot(), input.period);
}
