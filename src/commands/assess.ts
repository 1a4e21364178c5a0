/**
 * "Self-assessment": adds a dated "Rubric YYYY-MM-DD" sheet with what the checker finds
 * in the plan beside the rating dropdowns, and the yearly reflection on "Stages toward exit" (made
 * the first time, then one more column each time). One snapshot and one apply, whatever the plan's
 * size. Nothing already in the workbook is overwritten: the same date twice gives "… (2)".
 */
import { rubricEvidence, type RubricEvidence } from "../checks/rubricEvidence";
import { isIsoDate, localToday } from "../domain/calendar";
import type { IsoDate } from "../domain/plan";
import { RUBRIC_CRITERIA, type CriterionKey } from "../domain/rubric";
import { addReflectionSpec, EXIT_SHEET, exitSheetOf, exitStagesSheetSpec } from "../layout/build/exitStagesSheet";
import { PLAN_NAMES } from "../layout/names";
import { asText, isLive } from "../layout/read/readCells";
import { assessmentExists, assessmentRecords, rubricTabName, type AssessmentRecord } from "../layout/read/rubricRecords";
import { rubricSheetSpec } from "../layout/build/rubricSheet";
import { SheetGrid } from "../layout/sheetGrid";
import type { NameSpec, SheetSpec } from "../workbook/spec";
import { WorkbookError, type WorkbookPort, type WorkbookSnapshot } from "../workbook/port";

export interface AssessInput {
  /** The assessment date, YYYY-MM-DD; default: today. */
  date?: string;
}

export interface AssessResult {
  /** The new rubric sheet. */
  sheet: string;
  date: IsoDate;
  seq: number;
  /** The Stages toward exit sheet, and whether this run made it. */
  exitSheet?: string;
  exitCreated: boolean;
  /** The reflection column this run added (1 on a new sheet). */
  reflection?: number;
  /** What the checker found, shown beside the ratings. */
  evidence: RubricEvidence;
  /** Things to know, e.g. why no reflection column could be added. */
  notes: string[];
}

function checkDate(date: string): void {
  if (!isIsoDate(date)) throw new WorkbookError(`The assessment date "${date}" is not a date: write it as YYYY-MM-DD, e.g. 2026-10-01.`);
}

function district(snap: WorkbookSnapshot): string {
  const read = snap.names[PLAN_NAMES.district];
  return isLive(snap, read) ? asText(read.values[0]?.[0] ?? "").trim() : "";
}

/** Tab position for a new rubric: after the last rubric sheet, else at the end. */
function positionFor(snap: WorkbookSnapshot, records: AssessmentRecord[]): number | undefined {
  const at = records.map((r) => snap.sheets.indexOf(r.sheet)).filter((p) => p >= 0);
  return at.length > 0 ? Math.max(...at) + 1 : undefined;
}

/** The whole write of one self-assessment, worked out from one snapshot. */
export function assessmentBatch(snap: WorkbookSnapshot, date: IsoDate): { sheets: SheetSpec[]; names: NameSpec[]; result: AssessResult } {
  checkDate(date);
  const records = assessmentRecords(snap);
  let seq = 1;
  while (assessmentExists(snap, records, date, seq)) seq++;
  const sheet = rubricTabName(date, seq);
  const evidence = rubricEvidence(snap, date);
  const rubric = rubricSheetSpec({ date, seq, sheet, position: positionFor(snap, records), district: district(snap), evidence });
  const sheets: SheetSpec[] = [rubric.sheet];
  const names: NameSpec[] = [...rubric.names];
  const notes: string[] = [];
  const reflection = { title: `Reflection ${date}${seq > 1 ? ` (${seq})` : ""}`, date };
  const result: AssessResult = { sheet, date, seq, evidence, notes, exitCreated: false };

  const existing = exitSheetOf(snap);
  if (existing) {
    try {
      const read = snap.sheetValues?.[existing];
      const add = addReflectionSpec(snap, existing, reflection, read ? new SheetGrid(read) : undefined);
      sheets.push(add.sheet);
      names.push(...add.names);
      Object.assign(result, { exitSheet: existing, reflection: add.k });
    } catch (e) {
      // The rubric is still made; the reflection waits until the anchor is repaired.
      notes.push(`No reflection column was added to "${existing}": ${e instanceof Error ? e.message : String(e)}.`);
      result.exitSheet = existing;
    }
  } else if (snap.sheets.some((s) => s.toLowerCase() === EXIT_SHEET.toLowerCase())) {
    notes.push(`A sheet named "${EXIT_SHEET}" exists but was not made by the add-in (its names are missing), so it was left alone. Rename it to have the add-in make its own.`);
  } else {
    // Made right after the first rubric: one sheet of reflection columns for all the years.
    const exit = exitStagesSheetSpec({ sheet: EXIT_SHEET, reflection: { k: 1, ...reflection }, district: district(snap) });
    sheets.push(exit.sheet);
    names.push(...exit.names);
    Object.assign(result, { exitSheet: EXIT_SHEET, exitCreated: true, reflection: 1 });
  }
  return { sheets, names, result };
}

export async function assess(port: WorkbookPort, input: AssessInput = {}): Promise<AssessResult> {
  const date = input.date ?? localToday();
  checkDate(date);
  // The Stages sheet's cells are read with the names (same request), so a new reflection column
  // never lands on a note a person keeps beside the last one. A renamed Stages sheet costs a re-read.
  let snap = await port.snapshot({ sheetValues: [EXIT_SHEET] });
  const exitSheet = exitSheetOf(snap);
  if (exitSheet && !snap.sheetValues?.[exitSheet]) snap = await port.snapshot({ sheetValues: [exitSheet] });
  const { sheets, names, result } = assessmentBatch(snap, date);
  await port.apply({ sheets, names });
  return result;
}

export interface ComparedCriterion {
  key: CriterionKey;
  criterion: string;
  /** "" when no rating was chosen. */
  earlier: string;
  later: string;
  changed: boolean;
}

export interface AssessmentComparison {
  /** The two latest self-assessments, oldest first (fewer when the workbook has fewer). */
  earlier?: { sheet: string; date: IsoDate; seq: number };
  later?: { sheet: string; date: IsoDate; seq: number };
  rows: ComparedCriterion[];
  /** How many self-assessments the workbook holds. */
  count: number;
}

/** The last two self-assessments' ratings side by side, criterion by criterion (for the pane). */
export function compareAssessments(snap: WorkbookSnapshot): AssessmentComparison {
  const records = assessmentRecords(snap);
  const later = records[records.length - 1];
  const earlier = records.length > 1 ? records[records.length - 2] : undefined;
  const head = (r: AssessmentRecord | undefined) => (r ? { sheet: r.sheet, date: r.date, seq: r.seq } : undefined);
  const rows = RUBRIC_CRITERIA.map((c) => {
    const a = earlier?.ratings[c.key] ?? "";
    const b = later?.ratings[c.key] ?? "";
    return { key: c.key, criterion: c.name, earlier: a, later: b, changed: earlier !== undefined && a !== b };
  });
  return { earlier: head(earlier), later: head(later), rows, count: records.length };
}
