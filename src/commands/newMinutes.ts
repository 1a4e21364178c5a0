/**
 * "New minutes": adds a Highlight Discussion Minutes sheet for a meeting date, pre-filled
 * from the plan. One snapshot and one apply, whatever the plan's size. An existing minutes sheet
 * is never overwritten: a second one the same day gets a suffix, only when asked.
 */
import { locatePlan } from "../checks/locatedPlan";
import { addDays, inWindow, isIsoDate, localToday, schoolYearLabel, schoolYearWindow, usDate } from "../domain/calendar";
import { monthAgenda, type MonthAgenda } from "../domain/minutes/agenda";
import { coverage as coverageOf, type Coverage } from "../domain/minutes/coverage";
import { minutesDeadlines, type Deadline } from "../domain/minutes/deadlines";
import { monthTheme, type MonthTheme } from "../domain/minutes/themes";
import type { IsoDate } from "../domain/plan";
import { agendaInitiatives } from "./minutes/planInputs";
import { minutesExist, minutesRecords, minutesTabName, type MinutesRecord } from "../layout/read/minuteRecords";
import { minutesSheetSpec } from "../layout/build/minutesSheet";
import { WorkbookError, type WorkbookPort, type WorkbookSnapshot } from "../workbook/port";

export interface NewMinutesInput {
  /** The meeting date, YYYY-MM-DD. */
  date: string;
  /** When minutes for that date exist: add "Minutes YYYY-MM-DD (2)" instead of refusing. */
  suffixIfExists?: boolean;
  /** Today (YYYY-MM-DD), for the past / far-future notes; default: the computer's date. */
  today?: string;
}

/** Minutes for that date exist already; `sheet` is where they are. */
export class MinutesExistError extends WorkbookError {
  constructor(
    readonly date: string,
    readonly sheet: string,
  ) {
    super(
      `There are already minutes for ${date} on the sheet "${sheet}"; minutes are never overwritten. Go on with that sheet, or add a second sheet for the same day ("${minutesTabName(date, 2)}"): in the pane choose "Add a second sheet", on the command line add --suffix.`,
    );
    this.name = "MinutesExistError";
  }
}

/** Everything the minutes for a date would hold, worked out from one snapshot (nothing written). */
export interface MinutesPreview {
  date: IsoDate;
  seq: number;
  /** The tab the minutes go on: "Minutes 2026-10-14" (or "… (2)"). */
  sheet: string;
  /** When minutes for the date exist already (and no suffix was asked for): their sheet. */
  existing?: string;
  deadlines: Deadline[];
  theme?: MonthTheme;
  agenda: MonthAgenda;
  coverage: Coverage;
  mustDiscuss: string[];
  initiatives: { number: string; description: string }[];
  /** Date of next Highlight Discussion carried from the previous minutes, when after this date. */
  nextDate?: IsoDate;
  /** Things to know: a date in the past or far ahead, what the previous minutes said. */
  notes: string[];
  district: string;
}

export interface NewMinutesResult {
  sheet: string;
  date: IsoDate;
  seq: number;
  deadlines: Deadline[];
  mustDiscuss: string[];
  notes: string[];
}

function checkDate(date: string): void {
  if (!isIsoDate(date)) throw new WorkbookError(`The meeting date "${date}" is not a date: write it as YYYY-MM-DD, e.g. 2026-10-14.`);
}

function carried(previous: MinutesRecord | undefined, date: IsoDate, notes: string[]): IsoDate | undefined {
  if (!previous) return undefined;
  let next: IsoDate | undefined;
  const said = previous.nextDate;
  if (said && isIsoDate(said)) {
    if (said > date) {
      next = said;
      notes.push(`Date of next Highlight Discussion carried from ${previous.sheet}: ${usDate(said)}.`);
    } else if (said === date) {
      notes.push(`${previous.sheet} set this Highlight Discussion for ${usDate(said)}.`);
    } else {
      notes.push(`${previous.sheet} set the next Highlight Discussion for ${usDate(said)}; these minutes are for ${usDate(date)}.`);
    }
  } else if (said) {
    notes.push(`${previous.sheet} gives the next Highlight Discussion as “${said}”, which is not a date.`);
  }
  if (previous.nextSteps) notes.push(`Agreed at the last discussion (${previous.sheet}, item 6): ${previous.nextSteps}`);
  return next;
}

export function previewMinutes(snap: WorkbookSnapshot, input: NewMinutesInput): MinutesPreview {
  checkDate(input.date);
  const date = input.date;
  const subject = locatePlan(snap); // throws when the workbook has no plan
  const records = minutesRecords(snap);
  let seq = 1;
  let existing = minutesExist(snap, records, date, 1);
  if (existing && input.suffixIfExists) {
    seq = 2;
    while (minutesExist(snap, records, date, seq)) seq++;
    existing = undefined;
  }
  const initiatives = agendaInitiatives(subject);
  const numbers = initiatives.map((i) => i.number);
  const cov = coverageOf(numbers, records, { date, seq });
  const notes: string[] = [];
  const today = input.today ?? localToday();
  if (date < today) notes.push(`${usDate(date)} is in the past: these are minutes of a discussion already held.`);
  else if (date > addDays(today, 366)) notes.push(`${usDate(date)} is more than a year ahead; check the date.`);
  const year = subject.plan.schoolYear;
  if (year && !inWindow(date, schoolYearWindow(year))) notes.push(`${usDate(date)} is outside the plan's school year (${schoolYearLabel(year)}).`);
  const nextDate = carried(cov.previous[0], date, notes);
  return {
    date,
    seq,
    sheet: existing ?? minutesTabName(date, seq),
    existing,
    deadlines: minutesDeadlines(date),
    theme: monthTheme(date),
    agenda: monthAgenda(initiatives, date, year || Number(date.slice(0, 4)) - (Number(date.slice(5, 7)) < 9 ? 1 : 0)),
    coverage: cov,
    mustDiscuss: cov.mustDiscuss,
    initiatives: initiatives.map((i) => ({ number: i.number, description: i.description })),
    nextDate,
    notes,
    district: subject.plan.district,
  };
}

/** The tab position for new minutes: after the last minutes sheet, else at the end. */
function positionFor(snap: WorkbookSnapshot): number | undefined {
  const at = minutesRecords(snap)
    .map((r) => snap.sheets.indexOf(r.sheet))
    .filter((p) => p >= 0);
  return at.length > 0 ? Math.max(...at) + 1 : undefined;
}

export async function newMinutes(port: WorkbookPort, input: NewMinutesInput): Promise<NewMinutesResult> {
  checkDate(input.date);
  const snap = await port.snapshot();
  const p = previewMinutes(snap, input);
  if (p.existing) throw new MinutesExistError(p.date, p.existing);
  const spec = minutesSheetSpec({
    date: p.date,
    seq: p.seq,
    sheet: p.sheet,
    position: positionFor(snap),
    district: p.district,
    theme: p.theme,
    deadlines: p.deadlines,
    agenda: p.agenda,
    initiatives: p.initiatives,
    coverage: p.coverage,
    nextDate: p.nextDate,
    notes: p.notes,
  });
  await port.apply({ sheets: [spec.sheet], names: spec.names });
  return { sheet: p.sheet, date: p.date, seq: p.seq, deadlines: p.deadlines, mustDiscuss: p.mustDiscuss, notes: p.notes };
}
