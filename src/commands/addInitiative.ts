/**
 * Add initiative: a new strategy sheet numbered after its objective's last initiative (or the
 * first of a new objective), then the Plan sheet's objective list and the quarter tabs follow.
 * One snapshot and one apply, whatever the plan's size; no cell a person typed is changed.
 */
import type { Initiative, InitiativeRef, Objective } from "../domain/plan";
import { initiativeNames, PLAN_NAMES } from "../layout/names";
import { objectiveListUpdate, section1Total, type ListedInitiative, type ListedTexts } from "../layout/build/planSheet";
import { indexOfSheet } from "../layout/ownSheets";
import { rebuildQuarterTabs } from "../layout/build/quarterRebuild";
import { asText, isErrorValue, isLive } from "../layout/read/readCells";
import { knownValue } from "../layout/read/knownValue";
import { activitySources, assertHasPlan, initiativeRefs, initiativeSheet, readPlan } from "../layout/read/readPlan";
import type { SheetSpec } from "../workbook/spec";
import { strategySheetSpec } from "../layout/build/strategySheet";
import { strategyTabName } from "../layout/tabNames";
import { blockRange, cellAddress, parseRange } from "../util/a1";
import { WorkbookError, type WorkbookPort, type WorkbookSnapshot } from "../workbook/port";

export interface AddInitiativeInput {
  /** 1-based: an existing objective, or one more than the last to start a new objective. */
  objective: number;
  objectiveTitle?: string;
  objectiveLead?: string;
  initiative: Initiative;
}

function cellText(snap: WorkbookSnapshot, name: string): string {
  const v = snap.names[name]?.values[0]?.[0];
  return v === undefined ? "" : asText(v);
}

/** A one-cell name's text as `=""&name` shows it (undefined when unknown). */
function knownText(snap: WorkbookSnapshot, name: string): string | undefined {
  const v = knownValue(snap, name);
  return v === undefined ? undefined : asText(v);
}

/** What an existing initiative's sheet holds, for the list's stored results (undefined when any is unknown). */
function listedTexts(snap: WorkbookSnapshot, ref: InitiativeRef): ListedTexts | undefined {
  const n = initiativeNames(ref);
  const [objective, objectiveLead, description, lead] = [n.objective, n.objectiveLead, n.description, n.lead].map((name) => knownText(snap, name));
  if (objective === undefined || objectiveLead === undefined || description === undefined || lead === undefined) return undefined;
  return { objective, objectiveLead, description, lead };
}

/** The texts the Section 1 word count reads directly: key issues, theory of action, the final outcomes' first column. */
function countedTexts(snap: WorkbookSnapshot): string[] | undefined {
  const keyIssues = knownText(snap, PLAN_NAMES.keyIssues);
  const theory = knownText(snap, PLAN_NAMES.theoryOfAction);
  const finals = snap.names[PLAN_NAMES.finalOutcomes];
  if (keyIssues === undefined || theory === undefined || !isLive(snap, finals) || finals.noResult?.length) return undefined;
  const outcomes = finals.values.map((row) => row[0] ?? "");
  if (outcomes.some(isErrorValue)) return undefined;
  return [keyIssues, theory, ...outcomes.map(asText)];
}

function objectiveFor(snap: WorkbookSnapshot, input: AddInitiativeInput, last: InitiativeRef | undefined, count: number): Objective {
  if (last) {
    const n = initiativeNames(last);
    return { title: cellText(snap, n.objective), lead: cellText(snap, n.objectiveLead), initiatives: [] };
  }
  const title = input.objectiveTitle?.trim();
  if (!title) {
    throw new WorkbookError(`Objective ${input.objective} would be a new objective (the plan has ${count}); give its title to start it.`);
  }
  return { title, lead: input.objectiveLead ?? "", initiatives: [] };
}

export async function addInitiative(port: WorkbookPort, input: AddInitiativeInput): Promise<{ sheet: string; ref: InitiativeRef }> {
  const snap = await port.snapshot();
  assertHasPlan(snap);
  const refs = initiativeRefs(snap).filter((r) => initiativeSheet(snap, r) !== undefined);
  const count = Math.max(0, ...refs.map((r) => r.o));
  const o = input.objective;
  if (!Number.isInteger(o) || o < 1 || o > count + 1) {
    throw new WorkbookError(`There is no objective ${o}: choose an existing objective (1${count > 1 ? `–${count}` : ""}) or ${count + 1} to start a new one.`);
  }
  const mine = refs.filter((r) => r.o === o);
  const last = mine[mine.length - 1];
  const objective = objectiveFor(snap, input, last, count);
  const ref = { o, i: last ? last.i + 1 : 1 };
  const sheet = strategyTabName(ref, input.initiative.description, snap.sheets);

  // The new sheet goes after its objective's last sheet, or after the last strategy sheet.
  const after = (last ? [last] : refs).map((r) => snap.sheets.indexOf(initiativeSheet(snap, r) ?? "")).filter((p) => p >= 0);
  const planAt = indexOfSheet(snap.sheets, snap.names[PLAN_NAMES.district]?.sheet || "Plan");
  const position = after.length > 0 ? Math.max(...after) + 1 : planAt + 1;
  const { plan } = readPlan(snap);
  const strategy = strategySheetSpec({ ref, objective, initiative: input.initiative, sheet, roster: plan.roster, district: plan.district, position });

  const tabs = [...snap.sheets];
  tabs.splice(position, 0, sheet);
  const quarters = rebuildQuarterTabs(snap, [...activitySources(snap), strategy.activities], tabs);

  const sheets: SheetSpec[] = [strategy.sheet, ...quarters.sheets];
  const names = [...strategy.names, ...quarters.names];
  const list = snap.names[PLAN_NAMES.objectiveList];
  if (isLive(snap, list)) {
    const added: ListedTexts = { objective: objective.title, objectiveLead: objective.lead, description: input.initiative.description, lead: input.initiative.lead };
    const listed: ListedInitiative[] = [...refs.map((r) => ({ ref: r, sheet: initiativeSheet(snap, r) ?? "", texts: listedTexts(snap, r) })), { ref, sheet, texts: added }];
    const counted = countedTexts(snap);
    const range = parseRange(list.range);
    const wordCount = snap.names[PLAN_NAMES.wordCount];
    const finals = snap.names[PLAN_NAMES.finalOutcomes];
    const finalTexts = finals?.range && finals.sheet === list.sheet ? parseRange(finals.range) : undefined;
    const update = objectiveListUpdate({
      sheet: list.sheet,
      listTop: range.start.row,
      previousRows: range.end.row - range.start.row + 1,
      initiatives: listed,
      wordCountCell: wordCount?.sheet === list.sheet && wordCount.range ? wordCount.range : undefined,
      wordTotal: counted && section1Total(counted, listed),
      finalOutcomeTexts: finalTexts ? blockRange(cellAddress(finalTexts.start.row, finalTexts.start.col), finalTexts.end.row - finalTexts.start.row + 1, 1) : undefined,
    });
    sheets.push(update.sheet);
    names.push(...update.names);
  }
  await port.apply({ sheets, names });
  return { sheet, ref };
}
