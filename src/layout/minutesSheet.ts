/**
 * A Highlight Discussion Minutes sheet ("Minutes YYYY-MM-DD"): Appendix F (SPEC.md §5.3) with its
 * header labels, goals and six numbered sections verbatim, pre-filled from the plan (issue 5):
 * the month's theme, what is due this month, the evidence inventory (one row per initiative), the
 * four deadlines as dates, and coverage. Laid out for typing during the meeting and for printing
 * (portrait, one page wide, wrapped text, row heights set). Columns: A initiative/labels, B–D text.
 */
import { isoToSerial, usDate } from "../domain/calendar";
import { orList, type Coverage } from "../domain/minutes/coverage";
import type { Deadline } from "../domain/minutes/deadlines";
import type { MonthAgenda } from "../domain/minutes/agenda";
import { monthLabel } from "../domain/minutes/months";
import type { MonthTheme } from "../domain/minutes/themes";
import type { IsoDate } from "../domain/plan";
import { blockRange, cellAddress } from "../util/a1";
import { minutesNames } from "./names";
import type { Block, Cell, ListValidation, NameSpec, RowSpec, SheetSpec, StyledRange } from "./spec";
import { DATE_FORMAT, HEADER, INPUT, LABEL, NOTE, OWNED, rowHeightFor, SECTION, TITLE } from "./styles";

export const MINUTES_TITLE = "Highlight Discussion Minutes";

/** Appendix F header fields, verbatim and in order. */
export const MINUTES_HEADER_LABELS = [
  "District:",
  "Highlight Discussion date:",
  "Meeting participants:",
  "Submitted by (person and date):",
  "Date of next Highlight Discussion:",
] as const;

export const MINUTES_INTRO =
  "The following topics are suggested for each Highlight Discussion. However, districts may modify by adding or eliminating topics, as long as the goals for a Highlight Discussion are reached:";

export const MINUTES_GOALS = [
  "Keep the Accelerated Improvement Plan a living document that focuses and guides district work",
  "Use evidence and artifacts to reflect on the progress and impact of the initiatives",
] as const;

/** The numbered sections, verbatim (the source's missing ")" in 1 included). Key "1a" is the evidence inventory. */
export const MINUTES_SECTIONS: { key: string; text: string }[] = [
  {
    key: "1",
    text: "1. Accomplishments and progress with both processes and performance, based on Benchmarks outlined in the Plan (Activities, Early Evidence of Change, and Short-Term Outcomes",
  },
  {
    key: "1a",
    text: "1a. Please provide an inventory of specific evidence that supports these accomplishments (listed by initiative) – these will be the sources that will be referenced in the Quarterly Progress Report.",
  },
  { key: "2", text: "2. Challenges to implementation (if any).  Please note any additional targeted assistance that may be needed." },
  { key: "3", text: "3. Risks to successful implementation in the coming months (if any).  Include an action plan for mitigating these risks." },
  { key: "4", text: "4. Next steps for the coming month (if not articulated above)." },
  { key: "5", text: "5. Key modifications to the plan and the reasons for these changes (if necessary)." },
  {
    key: "6",
    text: "6. Next Steps on the part of the district, Manager and/or Monitor, such as specific benchmarks/evidence to be discussed at next meeting; clarity on when a given benchmark will be achieved; Monitor’s request for specific evidence and/or experiences (such as meetings or school visits); and/or suggestions from participants for making future Highlight Discussions more effective.",
  },
];

export const AGENDA_HEADERS = ["Initiative", "Activity or benchmark", "Why this month", "Who"] as const;
export const EVIDENCE_HEADERS = ["Initiative", "Evidence", "Who provides it", "Where it is kept"] as const;
export const COVERAGE_HEADERS = ["Initiative", "Discussed", "Initiative description", "Earlier minutes"] as const;
/** The Discussed column's dropdown: a fixed list, as Excel stores one. */
export const DISCUSSED_CHOICES = '"Yes,No"';
export const DEADLINE_HEADERS = ["Deadline (calendar days from the discussion)", "Who", "Date"] as const;

/** Column widths (characters): A initiative/labels, B main text, C, D. Portrait, one page wide. */
const WIDTHS = [10, 46, 26, 22];
const ALL = WIDTHS.reduce((a, b) => a + b, 0);
const LABEL_WIDTH = WIDTHS[0] + WIDTHS[1];
const VALUE_WIDTH = WIDTHS[2] + WIDTHS[3];
const MUST = "#FCE4D6";

export interface MinutesSheetArgs {
  date: IsoDate;
  seq: number;
  sheet: string;
  position?: number;
  district: string;
  theme?: MonthTheme;
  deadlines: Deadline[];
  agenda: MonthAgenda;
  /** Every initiative of the plan, in order: "1.2" and its description. */
  initiatives: { number: string; description: string }[];
  coverage: Coverage;
  /** Date of next Highlight Discussion carried from the previous minutes (when it is after this one). */
  nextDate?: IsoDate;
  /** Lines shown under the header: where the next date came from, what was agreed last time, date notes. */
  notes: string[];
}

export function minutesSheetSpec(args: MinutesSheetArgs): { sheet: SheetSpec; names: NameSpec[] } {
  const n = minutesNames(args.date, args.seq);
  const sheet = args.sheet;
  const blocks: Block[] = [];
  const styles: StyledRange[] = [];
  const merges: string[] = [];
  const rows: RowSpec[] = [];
  const validations: ListValidation[] = [];
  const names: NameSpec[] = [];
  const name = (nm: string, range: string) => names.push({ name: nm, sheet, range });
  const at = (row: number, col: number) => cellAddress(row, col);
  let r = 0;

  /** One text merged across A:D. */
  const wide = (text: string, style = NOTE, minLines = 1) => {
    blocks.push({ at: at(r, 0), cells: [[text]] });
    styles.push({ range: `${at(r, 0)}:${at(r, 3)}`, style });
    merges.push(`${at(r, 0)}:${at(r, 3)}`);
    rows.push({ index: r, height: rowHeightFor(text, ALL, minLines) });
    r++;
  };
  /** A table header row and body rows (4 columns); returns the body's range. */
  const table = (headers: readonly string[], body: Cell[][], heights: (row: Cell[]) => number): string => {
    blocks.push({ at: at(r, 0), cells: [[...headers]] });
    styles.push({ range: blockRange(at(r, 0), 1, 4), style: HEADER });
    rows.push({ index: r, height: Math.max(...headers.map((h, c) => rowHeightFor(h, WIDTHS[c]))) });
    r++;
    const top = r;
    blocks.push({ at: at(r, 0), cells: body });
    styles.push({ range: blockRange(at(r, 0), body.length, 4), style: INPUT });
    styles.push({ range: blockRange(at(r, 0), body.length, 1), style: { ...OWNED, hAlign: "center" } });
    body.forEach((row) => rows.push({ index: r++, height: heights(row) }));
    return blockRange(at(top, 0), body.length, 4);
  };
  const textHeight = (row: Cell[], minLines = 1) =>
    Math.max(...row.map((v, c) => rowHeightFor(typeof v === "string" ? v : "", WIDTHS[c], minLines)));

  wide(MINUTES_TITLE, TITLE);
  wide("Suggested Agenda & Template for Meeting Minutes (Appendix F)");
  r++;

  // Header fields: label across A:B, value across C:D.
  const header = (label: string, value: Cell, nameOf: string, opts: { date?: boolean; lines?: number } = {}) => {
    blocks.push({ at: at(r, 0), cells: [[label, null, value, null]] });
    merges.push(`${at(r, 0)}:${at(r, 1)}`, `${at(r, 2)}:${at(r, 3)}`);
    styles.push({ range: `${at(r, 0)}:${at(r, 1)}`, style: LABEL });
    styles.push({ range: `${at(r, 2)}:${at(r, 3)}`, style: opts.date ? { ...INPUT, numberFormat: DATE_FORMAT, hAlign: "left" } : INPUT });
    rows.push({ index: r, height: rowHeightFor(typeof value === "string" ? value : "", VALUE_WIDTH, opts.lines ?? 1) });
    name(nameOf, at(r, 2));
    r++;
  };
  const [district, date, participants, submitted, next] = MINUTES_HEADER_LABELS;
  header(district, args.district, n.district);
  header(date, isoToSerial(args.date), n.date, { date: true });
  header(participants, null, n.participants, { lines: 3 });
  header(submitted, null, n.submittedBy);
  header(next, args.nextDate ? isoToSerial(args.nextDate) : null, n.nextDate, { date: true });
  for (const note of args.notes) wide(note);
  r++;

  // Deadlines (DECISIONS.md 12): what, who and the date.
  blocks.push({ at: at(r, 0), cells: [[DEADLINE_HEADERS[0], null, DEADLINE_HEADERS[1], DEADLINE_HEADERS[2]]] });
  merges.push(`${at(r, 0)}:${at(r, 1)}`);
  styles.push({ range: blockRange(at(r, 0), 1, 4), style: HEADER });
  r++;
  const deadlineTop = r;
  for (const d of args.deadlines) {
    const what = `${d.what} (${d.days < 0 ? "−" : "+"}${Math.abs(d.days)})`;
    // Live: a meeting that moves (its date edited on the sheet) moves its deadlines too.
    const offset = `${d.days < 0 ? "-" : "+"}${Math.abs(d.days)}`;
    blocks.push({ at: at(r, 0), cells: [[what, null, d.who, { formula: `=IF(ISNUMBER(${n.date}),${n.date}${offset},"")`, result: isoToSerial(args.date) + d.days }]] });
    merges.push(`${at(r, 0)}:${at(r, 1)}`);
    rows.push({ index: r, height: Math.max(rowHeightFor(what, LABEL_WIDTH), rowHeightFor(d.who, WIDTHS[2])) });
    r++;
  }
  styles.push(
    { range: blockRange(at(deadlineTop, 0), args.deadlines.length, 3), style: OWNED },
    { range: blockRange(at(deadlineTop, 3), args.deadlines.length, 1), style: { ...OWNED, numberFormat: DATE_FORMAT, hAlign: "left" } },
  );
  r++;

  // Intro, the two goals, and the month's suggested theme (SPEC.md §5.4).
  wide(MINUTES_INTRO, { wrap: true, vAlign: "top" });
  for (const goal of MINUTES_GOALS) wide(`•  ${goal}`, { wrap: true, vAlign: "top" });
  r++;
  wide(`Suggested theme for ${monthLabel(args.agenda.month)} (Section 8)`, SECTION);
  if (args.theme) {
    wide(args.theme.heading, { bold: true });
    for (const item of args.theme.items) {
      wide(`•  ${item.text}`, { wrap: true, vAlign: "top" });
      for (const sub of item.items ?? []) wide(`      –  ${sub}`, { wrap: true, vAlign: "top" });
    }
  } else {
    wide("The guidance suggests no theme for July.");
  }
  r++;

  // Section 1: what the plan puts on this month's agenda, then room for the minutes.
  const sectionHeading = (text: string) => wide(text, LABEL);
  const answer = (nameOf: string, lines: number) => {
    blocks.push({ at: at(r, 0), cells: [[null]] });
    merges.push(`${at(r, 0)}:${at(r, 3)}`);
    styles.push({ range: `${at(r, 0)}:${at(r, 3)}`, style: INPUT });
    rows.push({ index: r, height: lines * 15 });
    name(nameOf, at(r, 0));
    r++;
  };
  sectionHeading(MINUTES_SECTIONS[0].text);
  const month = monthLabel(args.agenda.month);
  wide(
    `From the plan for ${month}: activities starting, due or overdue this month, and Short-Term Outcomes and Early Evidence of Change dated this month or last month. Edit freely; the minutes are yours.`,
  );
  const agendaRows: Cell[][] = args.agenda.items.map((i) => [i.initiative, i.text, i.why, i.who]);
  if (agendaRows.length === 0) {
    agendaRows.push([null, `No activities start, fall due or are overdue in ${month}, and no benchmarks are dated this month or last month.`, null, null]);
  }
  for (const d of args.agenda.datesToConfirm) agendaRows.push([d.initiative, d.text, `Dates to confirm: ${d.why}`, d.who]);
  name(n.agenda, table(AGENDA_HEADERS, agendaRows, (row) => textHeight(row)));
  wide("Accomplishments and progress discussed:");
  answer(n.section(1), 8);
  r++;

  // Section 1a: the evidence inventory, one row per initiative (read by the QPR view).
  sectionHeading(MINUTES_SECTIONS[1].text);
  const evidenceRows: Cell[][] = args.initiatives.map((i) => [i.number, null, null, null]);
  if (evidenceRows.length === 0) evidenceRows.push([null, null, null, null]);
  name(n.evidence, table(EVIDENCE_HEADERS, evidenceRows, () => 45));
  r++;

  for (const s of MINUTES_SECTIONS.slice(2)) {
    sectionHeading(s.text);
    answer(n.section(Number(s.key)), 5);
    r++;
  }

  // Coverage (DECISIONS.md 13).
  const cov = args.coverage;
  wide("Coverage: every initiative discussed at least once in every three months of meetings", SECTION);
  const previous = cov.previous.map((m) => m.sheet).reverse();
  if (cov.windowFull) {
    wide(
      cov.mustDiscuss.length > 0
        ? `Must be discussed at this meeting (not covered by ${orList(previous)}): ${cov.mustDiscuss.join(", ")}.`
        : `Every initiative was discussed in ${orList(previous)}: none must be discussed at this meeting.`,
      { ...NOTE, bold: true, italic: false, fontColor: "#000000" },
    );
  } else {
    const earlier = previous.length > 0 ? `earlier minutes: ${previous.join(", ")}` : "there are no earlier minutes";
    wide(`The three-month rule applies once two earlier months have minutes (${earlier}). Not discussed yet: ${cov.neverDiscussed.join(", ") || "none"}.`);
  }
  wide("Choose Yes under Discussed for each initiative discussed at this meeting; the next minutes read it.");
  const coverageTop = r + 1;
  const coverageRows: Cell[][] = args.initiatives.map((i) => {
    const last = cov.lastDiscussed[i.number];
    const must = cov.mustDiscuss.includes(i.number);
    const status = `${last ? `Last discussed ${usDate(last)}` : "Not discussed yet"}${must ? "; must be discussed now" : ""}`;
    return [i.number, null, i.description, status];
  });
  if (coverageRows.length > 0) {
    name(n.discussed, blockRange(at(coverageTop, 0), coverageRows.length, 2));
    table(COVERAGE_HEADERS, coverageRows, (row) => textHeight(row));
    styles.push({ range: blockRange(at(coverageTop, 1), coverageRows.length, 1), style: { ...INPUT, hAlign: "center" } });
    // A Yes dropdown, as a checkbox would be; any other mark is kept after a warning (coverage counts it).
    validations.push({
      range: blockRange(at(coverageTop, 1), coverageRows.length, 1),
      source: DISCUSSED_CHOICES,
      allowOther: true,
      prompt: { title: "Discussed?", message: "Choose Yes for each initiative discussed at this meeting; the next minutes read it." },
    });
    args.initiatives.forEach((i, k) => {
      if (cov.mustDiscuss.includes(i.number)) styles.push({ range: blockRange(at(coverageTop + k, 2), 1, 2), style: { ...INPUT, fill: MUST } });
    });
  }

  return {
    sheet: {
      name: sheet,
      create: true,
      position: args.position,
      tabColor: "#548235",
      blocks,
      styles,
      merges,
      rows,
      validations,
      columns: WIDTHS.map((width, index) => ({ index, width })),
      print: { orientation: "portrait", fitToWidth: true },
      activate: true,
    },
    names,
  };
}
