/**
 * A Highlight Discussion Minutes sheet ("Minutes YYYY-MM-DD"): Appendix F (SPEC.md §5.3) with its
 * header labels, goals and six numbered sections verbatim, pre-filled from the plan:
 * the month's theme, what is due this month, the evidence inventory (one row per initiative), the
 * four deadlines as dates, and coverage. Laid out for typing during the meeting and for printing
 * (portrait, one page wide, wrapped text, row heights set). Columns: A initiative/labels, B–D text.
 */
import { isoToSerial, usDate } from "../../domain/calendar";
import { orList, type Coverage } from "../../domain/minutes/coverage";
import type { Deadline } from "../../domain/minutes/deadlines";
import type { MonthAgenda } from "../../domain/minutes/agenda";
import { monthLabel } from "../../domain/minutes/months";
import type { MonthTheme } from "../../domain/minutes/themes";
import type { IsoDate } from "../../domain/plan";
import { blockRange, cellAddress } from "../../util/a1";
import {
  AGENDA_HEADERS,
  COVERAGE_HEADERS,
  DEADLINE_HEADERS,
  DISCUSSED_CHOICES,
  EVIDENCE_HEADERS,
  MINUTES_GOALS,
  MINUTES_HEADER_LABELS,
  MINUTES_INTRO,
  MINUTES_SECTIONS,
  MINUTES_TITLE,
} from "../minutesLabels";
import { minutesNames } from "../names";
import { SheetParts } from "../sheetParts";
import { sheetPrint } from "../printing";
import type { Cell, NameSpec, SheetSpec, Style } from "../../workbook/spec";
import { DATE_FORMAT, HEADER, INPUT, LABEL, NOTE, OWNED, rowHeightFor, SECTION, TITLE } from "../styles";

/**
 * Column widths (characters): A initiative/labels, B main text, C, D. Portrait, one page wide at
 * about 80% (printing.ts): less wrapping, and the sample's minutes print on about the Word
 * version's three pages.
 */
const WIDTHS = [12, 52, 40, 22];
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

/** A minutes sheet as it is written, top to bottom: its parts, its names and the next row. */
class MinutesRows {
  /** The next row to write (0-based). */
  r = 0;

  constructor(
    readonly parts: SheetParts,
    readonly n: ReturnType<typeof minutesNames>,
  ) {}

  /** One text merged across A:D, on the next row. */
  readonly wide = (text: string, style: Style = NOTE, minLines = 1): void => this.parts.wide(this.r++, text, style, minLines);

  /** A section's heading: its text, verbatim, as a label across A:D. */
  readonly sectionHeading = (text: string): void => this.wide(text, LABEL);

  /** A table header row and body rows (4 columns); returns the body's range. */
  readonly table = (headers: readonly string[], body: Cell[][], heights: (row: Cell[]) => number): string => {
    const { blocks, styles, rows } = this.parts;
    blocks.push({ at: at(this.r, 0), cells: [[...headers]] });
    styles.push({ range: blockRange(at(this.r, 0), 1, 4), style: HEADER });
    rows.push({ index: this.r, height: Math.max(...headers.map((h, c) => rowHeightFor(h, WIDTHS[c]))) });
    this.r++;
    const top = this.r;
    blocks.push({ at: at(this.r, 0), cells: body });
    styles.push({ range: blockRange(at(this.r, 0), body.length, 4), style: INPUT });
    styles.push({ range: blockRange(at(this.r, 0), body.length, 1), style: { ...OWNED, hAlign: "center" } });
    body.forEach((row) => rows.push({ index: this.r++, height: heights(row) }));
    return blockRange(at(top, 0), body.length, 4);
  };

  /** A header field: label across A:B, value across C:D, named. */
  readonly header = (label: string, value: Cell, nameOf: string, opts: { date?: boolean; lines?: number } = {}): void => {
    const { blocks, styles, merges, rows, name } = this.parts;
    const r = this.r;
    blocks.push({ at: at(r, 0), cells: [[label, null, value, null]] });
    merges.push(`${at(r, 0)}:${at(r, 1)}`, `${at(r, 2)}:${at(r, 3)}`);
    styles.push({ range: `${at(r, 0)}:${at(r, 1)}`, style: LABEL });
    styles.push({ range: `${at(r, 2)}:${at(r, 3)}`, style: opts.date ? { ...INPUT, numberFormat: DATE_FORMAT, hAlign: "left" } : INPUT });
    rows.push({ index: r, height: rowHeightFor(typeof value === "string" ? value : "", VALUE_WIDTH, opts.lines ?? 1) });
    name(nameOf, at(r, 2));
    this.r++;
  };

  /** Room for the minutes, `lines` high, merged across A:D and named. */
  readonly answer = (nameOf: string, lines: number): void => {
    const { blocks, styles, merges, rows, name } = this.parts;
    const r = this.r;
    blocks.push({ at: at(r, 0), cells: [[null]] });
    merges.push(`${at(r, 0)}:${at(r, 3)}`);
    styles.push({ range: `${at(r, 0)}:${at(r, 3)}`, style: INPUT });
    rows.push({ index: r, height: lines * 15 });
    name(nameOf, at(r, 0));
    this.r++;
  };
}

const at = (row: number, col: number) => cellAddress(row, col);
const textHeight = (row: Cell[], minLines = 1) => Math.max(...row.map((v, c) => rowHeightFor(typeof v === "string" ? v : "", WIDTHS[c], minLines)));

/** The title and the template's subtitle. */
function titleSection(w: MinutesRows, _args: MinutesSheetArgs): void {
  const { wide } = w;
  wide(MINUTES_TITLE, TITLE);
  wide("Suggested Agenda & Template for Meeting Minutes (Appendix F)");
  w.r++;
}

/** The header fields (label across A:B, value across C:D) and any notes. */
function headerSection(w: MinutesRows, args: MinutesSheetArgs): void {
  const { n, wide, header } = w;
  const [district, date, participants, submitted, next] = MINUTES_HEADER_LABELS;
  header(district, args.district, n.district);
  header(date, isoToSerial(args.date), n.date, { date: true });
  header(participants, null, n.participants, { lines: 3 });
  header(submitted, null, n.submittedBy);
  header(next, args.nextDate ? isoToSerial(args.nextDate) : null, n.nextDate, { date: true });
  for (const note of args.notes) wide(note);
  w.r++;
}

/** The deadlines (DECISIONS.md 12): what, who and the date, live on the meeting date. */
function deadlineSection(w: MinutesRows, args: MinutesSheetArgs): void {
  const { n } = w;
  const { blocks, styles, merges, rows } = w.parts;
  // Deadlines (DECISIONS.md 12): what, who and the date.
  blocks.push({ at: at(w.r, 0), cells: [[DEADLINE_HEADERS[0], null, DEADLINE_HEADERS[1], DEADLINE_HEADERS[2]]] });
  merges.push(`${at(w.r, 0)}:${at(w.r, 1)}`);
  styles.push({ range: blockRange(at(w.r, 0), 1, 4), style: HEADER });
  w.r++;
  const deadlineTop = w.r;
  for (const d of args.deadlines) {
    const what = `${d.what} (${d.days < 0 ? "−" : "+"}${Math.abs(d.days)})`;
    // Live: a meeting that moves (its date edited on the sheet) moves its deadlines too.
    const offset = `${d.days < 0 ? "-" : "+"}${Math.abs(d.days)}`;
    blocks.push({ at: at(w.r, 0), cells: [[what, null, d.who, { formula: `=IF(ISNUMBER(${n.date}),${n.date}${offset},"")`, result: isoToSerial(args.date) + d.days }]] });
    merges.push(`${at(w.r, 0)}:${at(w.r, 1)}`);
    rows.push({ index: w.r, height: Math.max(rowHeightFor(what, LABEL_WIDTH), rowHeightFor(d.who, WIDTHS[2])) });
    w.r++;
  }
  styles.push(
    { range: blockRange(at(deadlineTop, 0), args.deadlines.length, 3), style: OWNED },
    { range: blockRange(at(deadlineTop, 3), args.deadlines.length, 1), style: { ...OWNED, numberFormat: DATE_FORMAT, hAlign: "left" } },
  );
  w.r++;
}

/** The intro, the two goals, and the month's suggested theme (SPEC.md §5.4). */
function themeSection(w: MinutesRows, args: MinutesSheetArgs): void {
  const { wide } = w;
  // Intro, the two goals, and the month's suggested theme (SPEC.md §5.4).
  wide(MINUTES_INTRO, { wrap: true, vAlign: "top" });
  for (const goal of MINUTES_GOALS) wide(`•  ${goal}`, { wrap: true, vAlign: "top" });
  w.r++;
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
  w.r++;
}

/** Section 1: what the plan puts on this month's agenda, then room for the minutes. */
function agendaSection(w: MinutesRows, args: MinutesSheetArgs): void {
  const { name } = w.parts;
  const { n, wide, table, answer, sectionHeading } = w;
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
  name(
    n.agenda,
    table(AGENDA_HEADERS, agendaRows, (row) => textHeight(row)),
  );
  wide("Accomplishments and progress discussed:");
  answer(n.section(1), 6);
  w.r++;
}

/** Section 1a: the evidence inventory, one row per initiative (read by the QPR view), and sections 2 to 6. */
function evidenceSection(w: MinutesRows, args: MinutesSheetArgs): void {
  const { name } = w.parts;
  const { n, table, answer, sectionHeading } = w;
  // Section 1a: the evidence inventory, one row per initiative (read by the QPR view).
  sectionHeading(MINUTES_SECTIONS[1].text);
  const evidenceRows: Cell[][] = args.initiatives.map((i) => [i.number, null, null, null]);
  if (evidenceRows.length === 0) evidenceRows.push([null, null, null, null]);
  name(
    n.evidence,
    // Two lines a row, as the Word version's table has: the sheet prints on about its three pages.
    table(EVIDENCE_HEADERS, evidenceRows, () => 30),
  );
  w.r++;

  for (const s of MINUTES_SECTIONS.slice(2)) {
    sectionHeading(s.text);
    answer(n.section(Number(s.key)), 3);
    w.r++;
  }
}

/** Coverage (DECISIONS.md 13): who must be discussed, and a Discussed choice per initiative. */
function coverageSection(w: MinutesRows, args: MinutesSheetArgs): void {
  const { styles, validations, name } = w.parts;
  const { n, wide, table } = w;
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
  const coverageTop = w.r + 1;
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
}

export function minutesSheetSpec(args: MinutesSheetArgs): { sheet: SheetSpec; names: NameSpec[] } {
  const sheet = args.sheet;
  const parts = new SheetParts(sheet, { lastCol: WIDTHS.length - 1, chars: ALL });
  const w = new MinutesRows(parts, minutesNames(args.date, args.seq));
  // The sheet top to bottom, as Appendix F lays it out.
  for (const section of [titleSection, headerSection, deadlineSection, themeSection, agendaSection, evidenceSection, coverageSection]) section(w, args);
  const { blocks, styles, merges, rows, validations, names } = parts;
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
      print: sheetPrint({ orientation: "portrait", district: args.district, title: `${MINUTES_TITLE}, ${usDate(args.date)}` }),
      // The file opens on the new minutes; in Excel the pane offers "Go to the minutes".
      opensOn: true,
    },
    names,
  };
}
