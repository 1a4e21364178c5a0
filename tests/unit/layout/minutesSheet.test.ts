/** The minutes sheet spec: Appendix F verbatim and in order, named cells, real dates, print and typing layout. */
import { MIN_PRINT_SCALE, printScale } from "../../../src/layout/printing";
import { isoToSerial } from "../../../src/domain/calendar";
import type { MonthAgenda } from "../../../src/domain/minutes/agenda";
import { coverage } from "../../../src/domain/minutes/coverage";
import { minutesDeadlines } from "../../../src/domain/minutes/deadlines";
import { monthTheme } from "../../../src/domain/minutes/themes";
import { minutesNames } from "../../../src/layout/names";
import { MINUTES_GOALS, MINUTES_HEADER_LABELS, MINUTES_INTRO, MINUTES_SECTIONS } from "../../../src/layout/minutesLabels";
import { minutesSheetSpec, type MinutesSheetArgs } from "../../../src/layout/build/minutesSheet";
import { DATE_FORMAT } from "../../../src/layout/styles";
import { cellAddress, parseCell, parseRange } from "../../../src/util/a1";
import { grid } from "./specGrid";

const INITIATIVES = [
  { number: "1.1", description: "Phonics in every K-3 classroom" },
  { number: "1.2", description: "=Instructional rounds" },
  { number: "2.1", description: "Data teams" },
];

const AGENDA: MonthAgenda = {
  month: "2026-11",
  items: [
    { initiative: "1.1", kind: "activity", text: "+Fall screening", why: "Starts 11/2/2026", who: "@data team" },
    { initiative: "2.1", kind: "early_evidence", text: "By November 2026, every school …", why: "Early Evidence of Change dated November 2026 (this month)", who: "Keisha" },
  ],
  datesToConfirm: [{ initiative: "1.2", kind: "activity", text: "Cross-school rounds", why: "No start date", who: "Principals" }],
};

function args(extra: Partial<MinutesSheetArgs> = {}): MinutesSheetArgs {
  const meetings = [
    { date: "2026-09-16", seq: 1, sheet: "Minutes 2026-09-16", discussed: ["1.1"] },
    { date: "2026-10-14", seq: 1, sheet: "Minutes 2026-10-14", discussed: ["2.1"] },
  ];
  return {
    date: "2026-11-18",
    seq: 1,
    sheet: "Minutes 2026-11-18",
    district: "Riverton Public Schools",
    theme: monthTheme("2026-11-18"),
    deadlines: minutesDeadlines("2026-11-18"),
    agenda: AGENDA,
    initiatives: INITIATIVES,
    coverage: coverage(
      INITIATIVES.map((i) => i.number),
      meetings,
      { date: "2026-11-18", seq: 1 },
    ),
    nextDate: "2026-12-16",
    notes: ["Minutes 2026-10-14 set this Highlight Discussion for 11/18/2026."],
    ...extra,
  };
}

/** Column A's texts top to bottom. */
function columnA(cells: Map<string, unknown>): string[] {
  return [...cells]
    .filter(([a, v]) => parseCell(a).col === 0 && typeof v === "string")
    .sort(([a], [b]) => parseCell(a).row - parseCell(b).row)
    .map(([, v]) => v as string);
}

const { sheet, names } = minutesSheetSpec(args());
const cells = grid(sheet);
const nameAt = (name: string) => names.find((n) => n.name === name)!;

test("Appendix F's header labels, intro, goals and six numbered sections, verbatim and in order", () => {
  const a = columnA(cells);
  const order = [...MINUTES_HEADER_LABELS, MINUTES_INTRO, ...MINUTES_GOALS.map((g) => `•  ${g}`), ...MINUTES_SECTIONS.map((s) => s.text)].map((t) => a.indexOf(t));
  expect(order.every((k) => k >= 0)).toBe(true);
  expect([...order].sort((x, y) => x - y)).toEqual(order);
  expect(MINUTES_SECTIONS.map((s) => s.text.split(" ")[0])).toEqual(["1.", "1a.", "2.", "3.", "4.", "5.", "6."]);
  expect(MINUTES_SECTIONS[0].text.endsWith("and Short-Term Outcomes")).toBe(true); // the source's missing ")" kept
});

test("header cells are named; the meeting date and the carried next date are real dates", () => {
  const n = minutesNames("2026-11-18");
  for (const name of [n.district, n.date, n.participants, n.submittedBy, n.nextDate]) {
    expect(nameAt(name)).toMatchObject({ sheet: "Minutes 2026-11-18" });
    expect(parseRange(nameAt(name).range)).toEqual(parseRange(nameAt(name).range.split(":")[0])); // one cell
  }
  expect(cells.get(nameAt(n.district).range)).toBe("Riverton Public Schools");
  expect(cells.get(nameAt(n.date).range)).toBe(isoToSerial("2026-11-18"));
  expect(cells.get(nameAt(n.nextDate).range)).toBe(isoToSerial("2026-12-16"));
  expect(cells.get(nameAt(n.participants).range)).toBeNull();
  const dated = sheet.styles!.filter((s) => s.style.numberFormat === DATE_FORMAT).map((s) => s.range);
  expect(dated).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^${nameAt(n.date).range}:`))]));
});

test("the four deadlines are live dates counted from the meeting date's name, in order notice, draft, review, final", () => {
  const date = minutesNames("2026-11-18").date;
  const formulas = [...cells]
    .filter(([, v]) => typeof v === "object" && v !== null && "formula" in v && v.formula.includes(`${date}-`) !== v.formula.includes(`${date}+`))
    .map(([a, v]) => ({ row: parseCell(a).row, formula: (v as { formula: string }).formula }));
  expect(formulas.map((f) => f.formula)).toEqual(minutesDeadlines("2026-11-18").map((d) => `=IF(ISNUMBER(${date}),${date}${d.days < 0 ? "-" : "+"}${Math.abs(d.days)},"")`));
  expect(formulas.map((f) => f.row)).toEqual([...formulas.map((f) => f.row)].sort((x, y) => x - y));
});

test("section 1's table lists the agenda, then the dates to confirm; plan text stays text", () => {
  const range = parseRange(nameAt(minutesNames("2026-11-18").agenda).range);
  const rows: unknown[][] = [];
  for (let r = range.start.row; r <= range.end.row; r++) rows.push([0, 1, 2, 3].map((c) => cells.get(cellAddress(r, c))));
  expect(rows).toEqual([
    ["1.1", "+Fall screening", "Starts 11/2/2026", "@data team"],
    ["2.1", "By November 2026, every school …", "Early Evidence of Change dated November 2026 (this month)", "Keisha"],
    ["1.2", "Cross-school rounds", "Dates to confirm: No start date", "Principals"],
  ]);
});

test("evidence inventory: one row per initiative, four columns (Initiative, Evidence, Who provides it, Where it is kept)", () => {
  const r = parseRange(nameAt(minutesNames("2026-11-18").evidence).range);
  expect(r.end.col - r.start.col + 1).toBe(4);
  expect(r.end.row - r.start.row + 1).toBe(3);
  expect([0, 1, 2].map((k) => cells.get(cellAddress(r.start.row + k, r.start.col)))).toEqual(["1.1", "1.2", "2.1"]);
  expect([1, 2, 3].map((c) => cells.get(cellAddress(r.start.row - 1, c)))).toEqual(["Evidence", "Who provides it", "Where it is kept"]);
});

test("coverage: a Discussed column per initiative, the must-discuss list, and those rows highlighted", () => {
  const r = parseRange(nameAt(minutesNames("2026-11-18").discussed).range);
  expect(r.end.col - r.start.col + 1).toBe(2);
  expect(cells.get(cellAddress(r.start.row - 1, 1))).toBe("Discussed");
  expect(columnA(cells)).toContain("Must be discussed at this meeting (not covered by Minutes 2026-09-16 or Minutes 2026-10-14): 1.2.");
  expect(cells.get(cellAddress(r.start.row + 1, 3))).toBe("Not discussed yet; must be discussed now");
  expect(cells.get(cellAddress(r.start.row + 1, 2))).toBe("=Instructional rounds");
  const highlighted = sheet.styles!.filter((s) => s.style.fill === "#FCE4D6").map((s) => parseRange(s.range).start.row);
  expect(highlighted).toEqual([r.start.row + 1]);
});

test("laid out for typing and printing: wrapped answer boxes with room, named sections, portrait one page wide", () => {
  const n = minutesNames("2026-11-18");
  for (const k of [1, 2, 3, 4, 5, 6]) {
    const at = nameAt(n.section(k)).range;
    const row = parseCell(at).row;
    expect(sheet.merges).toContain(`${at}:${cellAddress(row, 3)}`);
    expect(sheet.rows!.find((x) => x.index === row)!.height).toBeGreaterThanOrEqual(45); // three lines at least: the sample prints on the Word version's three pages
    expect(sheet.styles!.some((s) => s.range.startsWith(`${at}:`) && s.style.wrap)).toBe(true);
  }
  expect(sheet.print).toMatchObject({ orientation: "portrait", fitToWidth: true, header: { center: "Highlight Discussion Minutes, 11/18/2026" } });
  expect(printScale(sheet.columns!, 4, "portrait")).toBeGreaterThanOrEqual(MIN_PRINT_SCALE); // 11-point text prints at 8 points or more
  const section6Heading = [...cells].find(([, v]) => v === MINUTES_SECTIONS[6].text)![0];
  expect(sheet.rows!.find((x) => x.index === parseCell(section6Heading).row)!.height).toBeGreaterThanOrEqual(45); // long label shown whole
  expect(sheet).toMatchObject({ create: true, opensOn: true }); // the file opens on it; Excel stays where the person is
});

test("July has no theme and an empty month says so", () => {
  const july = grid(
    minutesSheetSpec(args({ date: "2027-07-14", sheet: "Minutes 2027-07-14", theme: undefined, agenda: { month: "2027-07", items: [], datesToConfirm: [] } })).sheet,
  );
  const texts = [...july.values()];
  expect(texts).toContain("The guidance suggests no theme for July.");
  expect(texts).toContain("No activities start, fall due or are overdue in July 2027, and no benchmarks are dated this month or last month.");
});

test("a second sheet the same day has names of its own", () => {
  const second = minutesSheetSpec(args({ seq: 2, sheet: "Minutes 2026-11-18 (2)" }));
  expect(second.names.every((x) => x.name.startsWith("AIP.Minutes.D20261118_2.") && x.sheet === "Minutes 2026-11-18 (2)")).toBe(true);
  expect(second.names.map((x) => x.name.replace("_2", ""))).toEqual(names.map((x) => x.name));
});

test("the Discussed column is a Yes/No dropdown that keeps another mark after a warning", () => {
  const discussed = parseRange(nameAt(minutesNames("2026-11-18").discussed).range);
  const column = `${cellAddress(discussed.start.row, 1)}:${cellAddress(discussed.end.row, 1)}`;
  expect(sheet.validations).toEqual([expect.objectContaining({ range: column, source: '"Yes,No"', allowOther: true })]);
});
