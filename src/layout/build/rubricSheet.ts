/**
 * A dated self-assessment sheet ("Rubric YYYY-MM-DD"): the AIP Rubric's five criteria
 * (Appendix D, DECISIONS.md 7) by its four levels with the official descriptors, a rating dropdown
 * and an evidence cell per criterion; the sub-elements the rubric counts as Yes/No dropdowns with a
 * live COUNTIF beside them (Excel's checkboxes do not survive LibreOffice or older Excel); what the
 * checker found in the plan, with links; and the Guiding Questions with a notes cell each.
 * The add-in never fills in a rating (DECISIONS.md 9): the figures sit beside the dropdown.
 * Columns: A criterion, B–E the levels, F rating / Yes-No, G evidence, H from the plan.
 */
import { isoToSerial, usDate } from "../../domain/calendar";
import type { IsoDate } from "../../domain/plan";
import { CRITERIA_LABEL, GUIDING_QUESTIONS, LEVEL_DEFINITIONS, RUBRIC_CRITERIA, RUBRIC_LEVELS, type CriterionKey } from "../../domain/rubric";
import type { BenchmarkType } from "../../domain/benchmarks";
import type { InitiativeFigures, RubricEvidence, TypeFigures } from "../../domain/rubricFigures";
import { blockRange, cellAddress } from "../../util/a1";
import { assessmentNames, initiativeNames, PLAN_NAMES } from "../names";
import { cellLink, nameLink } from "../formulas";
import { SheetParts, span } from "../sheetParts";
import { sheetPrint } from "../printing";
import type { NameSpec, SheetSpec } from "../../workbook/spec";
import { DATE_FORMAT, HEADER, INPUT, LABEL, NOTE, OWNED, rowHeightFor, SECTION, TITLE } from "../styles";

export const RUBRIC_TITLE = "AIP Rubric: self-assessment";
/** The rating dropdown: the four levels, a fixed list as Excel stores one. */
export const RATING_CHOICES = `"${RUBRIC_LEVELS.join(",")}"`;
/** A sub-element's dropdown; COUNTIF counts the Yes. */
export const TICK_CHOICES = '"Yes,No"';
export const TICKED = "Yes";
export const RUBRIC_HEADERS = [CRITERIA_LABEL, ...RUBRIC_LEVELS, "Rating", "Evidence", "From the plan"] as const;
export const TRACKING_HEADERS = [
  "Benchmark type",
  "Benchmarks",
  "With a date",
  "With a measurable target",
  "With an evidence source",
  "With all the checker asks",
  "With a checker error",
  "First one to look at",
] as const;

/** The UI's names of the benchmark types (DECISIONS.md 10). */
export const TYPE_NAMES: Record<BenchmarkType, string> = {
  activity: "Activities",
  early_evidence: "Early Evidence of Change",
  short_term_outcome: "Short-Term Outcomes",
  final_outcome: "Final Outcomes",
};
/** Criterion 4's four standard benchmarks (SPEC.md §4.6 items 1–4), in order. */
const C4_TYPES: readonly BenchmarkType[] = ["activity", "early_evidence", "short_term_outcome", "final_outcome"];

/**
 * Column widths (characters): A, B–E levels, F rating, G evidence, H from the plan. Landscape:
 * 170 characters print one page wide at about 81% (printing.ts), 11-point text at 8.9 points.
 */
const WIDTHS = [16, 25, 25, 25, 25, 13, 19, 22];
const LEVELS_WIDTH = WIDTHS[1] + WIDTHS[2] + WIDTHS[3] + WIDTHS[4];
const ALL = WIDTHS.reduce((a, b) => a + b, 0);
const LAST = WIDTHS.length - 1;
const COL = { criterion: 0, rating: 5, evidence: 6, plan: 7 } as const;
const PROSE = 1.15;

export interface RubricSheetArgs {
  date: IsoDate;
  seq: number;
  sheet: string;
  position?: number;
  district: string;
  evidence: RubricEvidence;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** One type's figures in a sentence (beside criterion 4's sub-elements). */
export function typeSentence(f: TypeFigures): string {
  const name = TYPE_NAMES[f.type];
  if (f.total === 0) return `${name}: none in the plan.`;
  const dated = f.type === "activity" ? "with a start and a completion date" : f.type === "final_outcome" ? "with a date (Date column)" : "with a date";
  const parts = [`${f.withDate} ${dated}`];
  if (f.withTarget !== null) parts.push(`${f.withTarget} with a measurable target`);
  if (f.withEvidence !== null) parts.push(`${f.withEvidence} with an evidence source`);
  const errors = f.withErrors > 0 ? ` ${f.withErrors} ${f.withErrors === 1 ? "has" : "have"} a checker error.` : "";
  return `${name}: ${f.total} in the plan; ${parts.join(", ")}; ${f.complete} with all the checker asks.${errors}`;
}

/** Longest description shown in the per-initiative table; the link beside it leads to the whole of it. */
const DESCRIPTION_CHARS = 160;

/**
 * "Expand tiered literacy support": the initiative's description as typed (C), without a leading
 * "1.1" (the number is in the cell beside it), cut at a word; the tab name only when C is blank.
 * Written as text, never inside a formula: it is a person's words.
 */
export function initiativeDescription(i: InitiativeFigures): string {
  let text = i.description.replace(/\s+/g, " ").trim();
  if (text.startsWith(i.number)) text = text.slice(i.number.length).replace(/^[\s:.)-]+/, "");
  if (text === "") text = i.sheet.replace(/^\d+\.\d+\s*/, "");
  if (text.length > DESCRIPTION_CHARS) text = `${text.slice(0, DESCRIPTION_CHARS).replace(/\s+\S*$/, "")}…`;
  return text;
}

/** Criterion 1's figures in a sentence. */
function focusSentence(e: Extract<RubricEvidence, { available: true }>): string {
  const f = e.focus;
  const most = Math.max(...f.perObjective.map((o) => o.initiatives));
  const over = f.perObjective.filter((o) => !o.withinFive).map((o) => `Objective ${o.o}`);
  return [
    `${plural(f.objectives, "objective")} (3–5 asked: ${f.objectivesInRange ? "within" : "outside"}).`,
    `${plural(f.initiatives, "initiative")}; at most ${most} under one objective (≤ 5 asked${over.length > 0 ? `; over: ${over.join(", ")}` : ""}).`,
  ].join(" ");
}

function trackingSentence(e: Extract<RubricEvidence, { available: true }>): string {
  const short: Record<BenchmarkType, string> = { activity: "Activities", early_evidence: "Early Evidence", short_term_outcome: "Short-Term", final_outcome: "Final" };
  return `With all the checker asks: ${e.tracking.map((t) => `${short[t.type]} ${t.complete} of ${t.total}`).join("; ")}. Figures by type and initiative below.`;
}

/** What every section of the sheet writes with: the parts, the sheet's names, the checker's figures. */
interface RubricBuild {
  parts: SheetParts;
  n: ReturnType<typeof assessmentNames>;
  ev: RubricEvidence;
  args: RubricSheetArgs;
}

const at = (row: number, col: number) => cellAddress(row, col);

/** The title, the header fields (date, district, who assessed) and how to use the sheet. */
function headerSection(b: RubricBuild, start: number): number {
  const { parts, n, args } = b;
  const { blocks, styles, merges, name } = b.parts;
  let r = start;
  const wide = (text: string, style = NOTE, minLines = 1) => parts.wide(r++, text, style, minLines);

  wide(RUBRIC_TITLE, TITLE);
  wide("Level 4 District AIP Rubric (Appendix D), with the Guiding Questions (Appendix E).");
  // Header fields: date, district, who assessed.
  blocks.push({ at: at(r, 0), cells: [["Assessment date:", isoToSerial(args.date), "District:", args.district || null, null, "Assessed by:", null, null]] });
  merges.push(span(r, 3, 4), span(r, 6, 7));
  styles.push(
    { range: at(r, 0), style: LABEL },
    { range: at(r, 1), style: { ...INPUT, numberFormat: DATE_FORMAT, hAlign: "left" } },
    { range: at(r, 2), style: LABEL },
    { range: span(r, 3, 4), style: INPUT },
    { range: at(r, 5), style: LABEL },
    { range: span(r, 6, 7), style: INPUT },
  );
  name(n.date, at(r, 1));
  name(n.assessedBy, at(r, 6));
  r++;
  wide(
    "Choose a rating for each criterion and note your evidence. The figures under From the plan come from the add-in's checker on the assessment date: they inform a rating, they never make one. A later self-assessment goes on a new sheet; this one is kept as it is.",
  );
  r++;
  return r;
}

/** The criteria by levels, each with its rating, evidence and what the plan shows. */
function criteriaSection(b: RubricBuild, start: number): number {
  const { n, ev } = b;
  const { blocks, styles, rows, validations, name } = b.parts;
  let r = start;

  // The criteria by levels.
  blocks.push({ at: at(r, 0), cells: [[...RUBRIC_HEADERS]] });
  styles.push({ range: blockRange(at(r, 0), 1, RUBRIC_HEADERS.length), style: HEADER });
  r++;
  const definitions = LEVEL_DEFINITIONS.map((d) => `${d.definition.join("\n")}\n\nNext step: ${d.nextStep}`);
  blocks.push({ at: at(r, 0), cells: [["Rating levels (the plan as a whole)", ...definitions, null, null, null]] });
  styles.push({ range: at(r, 0), style: LABEL }, { range: blockRange(at(r, 1), 1, 4), style: { ...OWNED, italic: true } });
  rows.push({ index: r, height: Math.max(...definitions.map((d) => rowHeightFor(d, WIDTHS[1]))) });
  r++;
  const fromPlan = (key: CriterionKey): string => {
    if (key !== "C1" && key !== "C4") return "";
    if (!ev.available) return ev.reason;
    return key === "C1" ? focusSentence(ev) : trackingSentence(ev);
  };
  const criteriaTop = r;
  for (const c of RUBRIC_CRITERIA) {
    const strong = c.subElements ? `${c.descriptors.Strong}\n${c.subElements.items.map((t, k) => `${k + 1}. ${t}`).join("\n")}` : c.descriptors.Strong;
    const texts = [c.descriptors.Developing, c.descriptors.Emerging, c.descriptors["Ready to implement"], strong];
    const plan = fromPlan(c.key);
    blocks.push({ at: at(r, 0), cells: [[c.name, ...texts, null, null, plan || null]] });
    // Long prose fits about 15% more characters a line than rowHeightFor assumes for short labels.
    rows.push({ index: r, height: Math.max(...texts.map((t) => rowHeightFor(t, WIDTHS[1] * PROSE)), rowHeightFor(plan, WIDTHS[COL.plan])) });
    name(n.rating(c.key), at(r, COL.rating));
    name(n.evidence(c.key), at(r, COL.evidence));
    r++;
  }
  const count = RUBRIC_CRITERIA.length;
  styles.push(
    { range: blockRange(at(criteriaTop, 0), count, 1), style: LABEL },
    { range: blockRange(at(criteriaTop, 1), count, 4), style: { wrap: true, vAlign: "top", border: true } },
    { range: blockRange(at(criteriaTop, COL.rating), count, 1), style: { ...INPUT, bold: true } },
    { range: blockRange(at(criteriaTop, COL.evidence), count, 1), style: INPUT },
    { range: blockRange(at(criteriaTop, COL.plan), count, 1), style: OWNED },
  );
  validations.push({
    range: blockRange(at(criteriaTop, COL.rating), count, 1),
    source: RATING_CHOICES,
    allowOther: false,
    prompt: { title: "Rating", message: "Choose the level whose descriptor fits the plan best: Developing, Emerging, Ready to implement or Strong." },
  });
  r++;
  return r;
}

/** The sub-elements the rubric counts (criteria 3, 4, 5), each a Yes/No with the count above. */
function subElementSection(b: RubricBuild, start: number): number {
  const { parts, n, ev } = b;
  const { blocks, styles, merges, rows, validations, name } = b.parts;
  let r = start;
  const wide = (text: string, style = NOTE, minLines = 1) => parts.wide(r++, text, style, minLines);

  // The sub-elements the rubric counts (criteria 3, 4, 5), each a Yes/No with the count above.
  wide("Sub-elements the rubric counts: choose Yes for each one the plan meets", SECTION);
  wide("The count beside each criterion is live: it follows the Yes/No choices.");
  for (const c of RUBRIC_CRITERIA) {
    if (!c.subElements) continue;
    const items = c.subElements.items;
    const elements = blockRange(at(r + 1, COL.rating), items.length, 1);
    const heading = `${c.name}: ${c.subElements.what}`;
    // A rubric sheet is always new and its Yes/No cells blank, so the count starts at 0.
    blocks.push({
      at: at(r, 0),
      cells: [[heading, null, null, null, null, { formula: `=COUNTIF(${n.elements(c.key)},"${TICKED}")`, result: 0 }, `of ${items.length} ticked Yes`, null]],
    });
    merges.push(span(r, 0, 4), span(r, 6, 7));
    styles.push({ range: span(r, 0, 4), style: LABEL }, { range: at(r, COL.rating), style: { ...OWNED, bold: true, hAlign: "center" } }, { range: span(r, 6, 7), style: OWNED });
    name(n.elementCount(c.key), at(r, COL.rating));
    rows.push({ index: r, height: rowHeightFor(heading, WIDTHS[0] + LEVELS_WIDTH) });
    r++;
    items.forEach((text, k) => {
      const figure = c.key === "C4" ? (ev.available ? typeSentence(ev.tracking.find((t) => t.type === C4_TYPES[k])!) : ev.reason) : null;
      blocks.push({ at: at(r, 0), cells: [[`${k + 1}. ${text}`, null, null, null, null, null, figure, null]] });
      merges.push(span(r, 0, 4), span(r, 6, 7));
      styles.push({ range: span(r, 0, 4), style: { wrap: true, vAlign: "top", border: true } }, { range: at(r, COL.rating), style: { ...INPUT, hAlign: "center" } });
      if (figure) styles.push({ range: span(r, 6, 7), style: OWNED });
      rows.push({ index: r, height: Math.max(rowHeightFor(text, WIDTHS[0] + LEVELS_WIDTH), figure ? rowHeightFor(figure, WIDTHS[6] + WIDTHS[7]) : 0) });
      r++;
    });
    name(n.elements(c.key), elements);
    validations.push({
      range: elements,
      source: TICK_CHOICES,
      allowOther: false,
      prompt: { title: "Met?", message: "Choose Yes when the plan meets this element; the count above follows." },
    });
  }
  r++;
  return r;
}

/** What the checker found for Useful For Tracking (criterion 4), with links to the cells. */
function trackingSection(b: RubricBuild, start: number): number {
  const { parts, ev } = b;
  const { blocks, styles, rows } = b.parts;
  let r = start;
  const wide = (text: string, style = NOTE, minLines = 1) => parts.wide(r++, text, style, minLines);

  // What the checker found (criteria 4 and 1), with links to the cells.
  wide("From the plan: Useful For Tracking the Sufficiency of Progress", SECTION);
  if (!ev.available) {
    wide(`Figures ${ev.reason}.`, { ...NOTE, italic: false });
  } else {
    wide(
      "Counted from Check's findings on the assessment date (Check lists each one with its fix): a benchmark lacks a date, a target or a source when Check says so; it has all the checker asks when no error or warning is on any of its cells (for an activity, its whole row: quarter, lead, dates, status).",
    );
    blocks.push({ at: at(r, 0), cells: [[...TRACKING_HEADERS]] });
    styles.push({ range: blockRange(at(r, 0), 1, TRACKING_HEADERS.length), style: HEADER });
    rows.push({ index: r, height: 30 });
    r++;
    const top = r;
    for (const t of ev.tracking) {
      const notAsked = "not asked of activities";
      blocks.push({
        at: at(r, 0),
        cells: [
          [
            TYPE_NAMES[t.type],
            t.total,
            t.withDate,
            t.withTarget ?? notAsked,
            t.withEvidence ?? notAsked,
            t.complete,
            t.withErrors,
            t.firstGap ? cellLink(t.firstGap.sheet, t.firstGap.cell, `${t.firstGap.sheet}!${t.firstGap.cell}`) : t.total > 0 ? "none: all complete" : null,
          ],
        ],
      });
      r++;
    }
    styles.push(
      { range: blockRange(at(top, 0), ev.tracking.length, TRACKING_HEADERS.length), style: OWNED },
      { range: blockRange(at(top, 1), ev.tracking.length, 6), style: { ...OWNED, hAlign: "center" } },
    );
    r = initiativeTable(b, r + 1);
  }
  return r;
}

/** The same figures per initiative: its number (a link to it) and description, then its benchmarks with all the checker asks. */
function initiativeTable(b: RubricBuild, start: number): number {
  const { ev } = b;
  const { blocks, styles, rows } = b.parts;
  if (!ev.available) return start;
  let r = start;
  const perTop = r;
  blocks.push({
    at: at(r, 0),
    cells: [
      ["Initiative", "Description", "Activities with all the checker asks", "Early Evidence of Change with all the checker asks", "Short-Term Outcomes with all the checker asks"],
    ],
  });
  styles.push({ range: blockRange(at(r, 0), 1, 5), style: HEADER });
  rows.push({ index: r, height: 30 });
  r++;
  for (const i of ev.initiatives) {
    const of = (x: { complete: number; total: number }) => `${x.complete} of ${x.total}`;
    const description = initiativeDescription(i);
    blocks.push({
      at: at(r, 0),
      cells: [
        [
          nameLink(initiativeNames(i.ref).description, `Initiative ${i.number}`),
          description || null,
          of(i.byType.activity),
          of(i.byType.early_evidence),
          of(i.byType.short_term_outcome),
        ],
      ],
    });
    rows.push({ index: r, height: rowHeightFor(description, WIDTHS[1]) });
    r++;
  }
  styles.push(
    { range: blockRange(at(perTop + 1, 0), ev.initiatives.length, 5), style: OWNED },
    { range: blockRange(at(perTop + 1, 2), ev.initiatives.length, 3), style: { ...OWNED, hAlign: "center" } },
  );
  r++;
  return r;
}

/** What the checker found for Provides Focus (criterion 1). */
function focusSection(b: RubricBuild, start: number): number {
  const { parts, ev } = b;
  const { blocks, styles, merges, rows } = b.parts;
  let r = start;
  const wide = (text: string, style = NOTE, minLines = 1) => parts.wide(r++, text, style, minLines);

  wide("From the plan: Provides Focus", SECTION);
  if (!ev.available) {
    wide(`Figures ${ev.reason}.`, { ...NOTE, italic: false });
  } else {
    const f = ev.focus;
    wide(
      `${plural(f.objectives, "strategic objective")}: the guidance asks for three to five (${f.objectivesInRange ? "within" : "outside"}). ${plural(f.initiatives, "initiative")} in all; no more than five under each objective.`,
      { ...NOTE, italic: false },
    );
    blocks.push({ at: at(r, 0), cells: [["Objective", "Title", "Initiatives", "No more than five"]] });
    styles.push({ range: blockRange(at(r, 0), 1, 4), style: HEADER });
    r++;
    const top = r;
    for (const o of f.perObjective) {
      const first = ev.initiatives.find((i) => i.ref.o === o.o);
      const label = `Objective ${o.o}`;
      blocks.push({
        at: at(r, 0),
        cells: [[first ? nameLink(initiativeNames(first.ref).objective, label) : label, o.title || null, o.initiatives, o.withinFive ? "Yes" : "No: more than five"]],
      });
      rows.push({ index: r, height: rowHeightFor(o.title, WIDTHS[1]) });
      r++;
    }
    styles.push(
      { range: blockRange(at(top, 0), f.perObjective.length, 4), style: OWNED },
      { range: blockRange(at(top, 2), f.perObjective.length, 1), style: { ...OWNED, hAlign: "center" } },
    );
    if (ev.planSheet) {
      blocks.push({ at: at(r, 0), cells: [[nameLink(PLAN_NAMES.objectiveList, "The plan's list of objectives and initiatives")]] });
      merges.push(span(r, 0, 2));
      r++;
    }
  }
  r++;
  return r;
}

/** The Guiding Questions (Appendix E), grouped by letter, a notes cell each. */
function guidingQuestionSection(b: RubricBuild, start: number): number {
  const { parts, n } = b;
  const { blocks, styles, merges, rows, name } = b.parts;
  let r = start;
  const wide = (text: string, style = NOTE, minLines = 1) => parts.wide(r++, text, style, minLines);

  // Guiding Questions, grouped by letter, a notes cell each.
  wide("Guiding Questions (Appendix E)", SECTION);
  wide("In Appendix E (Guiding Questions), there are a series of questions designed to promote debate and to clarify thinking.");
  blocks.push({ at: at(r, 0), cells: [["", "Question", null, null, null, "Notes", null, null]] });
  merges.push(span(r, 1, 4), span(r, 5, 7));
  styles.push({ range: span(r, 0, LAST), style: HEADER });
  r++;
  for (const g of GUIDING_QUESTIONS) {
    wide(`${g.letter}. ${g.title}`, LABEL);
    for (const q of g.questions) {
      const text = [q.text, ...(q.items ?? []).map((i) => `•  ${i}`)].join("\n");
      blocks.push({ at: at(r, 0), cells: [[`${q.number}.`, text, null, null, null, null, null, null]] });
      merges.push(span(r, 1, 4), span(r, 5, 7));
      styles.push(
        { range: at(r, 0), style: { ...LABEL, hAlign: "right" } },
        { range: span(r, 1, 4), style: { wrap: true, vAlign: "top", border: true } },
        { range: span(r, 5, 7), style: INPUT },
      );
      rows.push({ index: r, height: rowHeightFor(text, LEVELS_WIDTH, 3) });
      name(n.notes(q.number), at(r, 5));
      r++;
    }
  }
  return r;
}

export function rubricSheetSpec(args: RubricSheetArgs): { sheet: SheetSpec; names: NameSpec[] } {
  const sheet = args.sheet;
  const parts = new SheetParts(sheet, { lastCol: LAST, chars: ALL });
  const b: RubricBuild = { parts, n: assessmentNames(args.date, args.seq), ev: args.evidence, args };
  // The sheet top to bottom: each section starts on the row after the one before.
  let r = headerSection(b, 0);
  // criteriaSection writes the level headings on its first row: they repeat on every printed page.
  const levelHeadings = r + 1;
  r = criteriaSection(b, r);
  // The parts after the criteria table start a page of their own (the repeated headings are the criteria's).
  const afterCriteria = r;
  for (const section of [subElementSection, trackingSection, focusSection, guidingQuestionSection]) r = section(b, r);
  const { blocks, styles, merges, rows, validations, names } = parts;
  return {
    sheet: {
      name: sheet,
      create: true,
      position: args.position,
      tabColor: "#7030A0",
      blocks,
      styles,
      merges,
      rows,
      validations,
      columns: WIDTHS.map((width, index) => ({ index, width })),
      print: sheetPrint({
        orientation: "landscape",
        district: args.district,
        title: `${RUBRIC_TITLE}, ${usDate(args.date)}`,
        titleRows: `${levelHeadings}:${levelHeadings}`,
        breaksBefore: [afterCriteria],
      }),
      // The file opens on the new rubric; in Excel the pane offers "Go to the rubric".
      opensOn: true,
    },
    names,
  };
}
