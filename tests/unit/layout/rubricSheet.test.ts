/**
 * The self-assessment sheets' design (docs/guide-plan-manager.md): what a person finds where, the dropdowns and the
 * live counts, every name on its cell, the links, and a reflection column added without touching
 * anything else.
 */
import type { RubricEvidence } from "../../../src/checks/rubricEvidence";
import { EXIT_PHASES, exitAreas, REFLECTION_QUESTIONS } from "../../../src/domain/exitStages";
import { allGuidingQuestions, GUIDING_QUESTIONS, RUBRIC_CRITERIA, RUBRIC_LEVELS } from "../../../src/domain/rubric";
import { addReflectionSpec, EXIT_HEADERS, exitStagesSheetSpec, FIRST_REFLECTION_COL, PHASE_CHOICES } from "../../../src/layout/build/exitStagesSheet";
import { assessmentNames, EXIT_NAMES, parseAssessmentName, parseReflectionName } from "../../../src/layout/names";
import { MIN_PRINT_SCALE, printScale } from "../../../src/layout/printing";
import { initiativeDescription, RATING_CHOICES, RUBRIC_HEADERS, rubricSheetSpec, TICK_CHOICES } from "../../../src/layout/build/rubricSheet";
import type { NameSpec } from "../../../src/workbook/spec";
import { cellAddress, parseRange } from "../../../src/util/a1";
import type { WorkbookSnapshot } from "../../../src/workbook/port";
import { grid } from "./specGrid";

const UNAVAILABLE: RubricEvidence = { available: false, reason: "not available: no strategy sheets found" };

const EVIDENCE: RubricEvidence = {
  available: true,
  tracking: [
    { type: "activity", total: 4, withDate: 3, withTarget: null, withEvidence: null, complete: 3, withErrors: 0, firstGap: { sheet: '1.1 Sam\'s "reading"', cell: "J14" } },
    { type: "early_evidence", total: 2, withDate: 2, withTarget: 2, withEvidence: 2, complete: 2, withErrors: 0 },
    { type: "short_term_outcome", total: 2, withDate: 1, withTarget: 2, withEvidence: 2, complete: 1, withErrors: 1, firstGap: { sheet: "1.2 Math", cell: "E9" } },
    { type: "final_outcome", total: 0, withDate: 0, withTarget: 0, withEvidence: 0, complete: 0, withErrors: 0 },
  ],
  initiatives: [
    {
      ref: { o: 1, i: 1 },
      number: "1.1",
      description: "Sam's reading: tier 1 phonics in every K-3 classroom",
      sheet: '1.1 Sam\'s "reading"',
      byType: { activity: { complete: 1, total: 2 }, early_evidence: { complete: 2, total: 2 }, short_term_outcome: { complete: 0, total: 1 } },
    },
    {
      ref: { o: 1, i: 2 },
      number: "1.2",
      description: "",
      sheet: "1.2 Math",
      byType: { activity: { complete: 2, total: 2 }, early_evidence: { complete: 0, total: 0 }, short_term_outcome: { complete: 1, total: 1 } },
    },
  ],
  focus: {
    objectives: 1,
    objectivesInRange: false,
    initiatives: 2,
    perObjective: [{ o: 1, title: "=Reading first", initiatives: 2, withinFive: true, sheet: '1.1 Sam\'s "reading"' }],
  },
  planSheet: "Plan",
};

function at(names: NameSpec[], name: string): string {
  const found = names.find((n) => n.name === name);
  if (!found) throw new Error(`no name ${name}`);
  return found.range;
}

test("the rubric: criteria by levels with the descriptors, a rating dropdown and an evidence cell each", () => {
  const { sheet, names } = rubricSheetSpec({ date: "2026-10-01", seq: 1, sheet: "Rubric 2026-10-01", district: "=Riverton", evidence: EVIDENCE });
  const g = grid(sheet);
  const n = assessmentNames("2026-10-01");
  expect(sheet).toMatchObject({ name: "Rubric 2026-10-01", create: true, opensOn: true }); // the file opens on it; Excel stays where the person is
  expect(g.get("D3")).toBe("=Riverton"); // the district typed as text stays text
  expect(g.get(at(names, n.date))).toBe(46296); // 2026-10-01
  const ratingCells = RUBRIC_CRITERIA.map((c) => parseRange(at(names, n.rating(c.key))).start);
  const headerRow = ratingCells[0].row - 2;
  expect(RUBRIC_HEADERS.map((_, k) => g.get(cellAddress(headerRow, k)))).toEqual(["CRITERIA", ...RUBRIC_LEVELS, "Rating", "Evidence", "From the plan"]);
  // Printed landscape, one page wide at 8 points or more, the level headings on every page, the district in the header.
  expect(sheet.print).toMatchObject({ orientation: "landscape", titleRows: `${headerRow + 1}:${headerRow + 1}`, header: { left: "=Riverton" } });
  expect(printScale(sheet.columns!, RUBRIC_HEADERS.length, "landscape")).toBeGreaterThanOrEqual(MIN_PRINT_SCALE);
  RUBRIC_CRITERIA.forEach((c, k) => {
    const { row, col } = ratingCells[k];
    expect({ row, col }).toEqual({ row: ratingCells[0].row + k, col: 5 });
    expect(g.get(cellAddress(row, 0))).toBe(c.name);
    expect(g.get(cellAddress(row, 1))).toBe(c.descriptors.Developing);
    expect(g.get(cellAddress(row, 3))).toBe(c.descriptors["Ready to implement"]);
    expect(String(g.get(cellAddress(row, 4)))).toMatch(new RegExp(`^${c.descriptors.Strong.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
    for (const item of c.subElements?.items ?? []) expect(String(g.get(cellAddress(row, 4)))).toContain(item);
    expect(g.get(cellAddress(row, 5))).toBeNull(); // never a rating
    expect(at(names, n.evidence(c.key))).toBe(cellAddress(row, 6));
  });
  const ratingRange = `${cellAddress(ratingCells[0].row, 5)}:${cellAddress(ratingCells[4].row, 5)}`;
  expect(sheet.validations).toContainEqual(expect.objectContaining({ range: ratingRange, source: RATING_CHOICES, allowOther: false }));
  expect(RATING_CHOICES).toBe('"Developing,Emerging,Ready to implement,Strong"');
  // Beside the dropdowns: the figures for criteria 1 and 4 only.
  expect(ratingCells.map(({ row }) => g.get(cellAddress(row, 7)))).toEqual([
    "1 objective (3–5 asked: outside). 2 initiatives; at most 2 under one objective (≤ 5 asked).",
    null,
    null,
    "With all the checker asks: Activities 3 of 4; Early Evidence 2 of 2; Short-Term 1 of 2; Final 0 of 0. Figures by type and initiative below.",
    null,
  ]);
});

test("sub-elements: a Yes/No per element, and a live COUNTIF of the Yes beside them", () => {
  const { sheet, names } = rubricSheetSpec({ date: "2026-10-01", seq: 2, sheet: "Rubric 2026-10-01 (2)", district: "", evidence: EVIDENCE });
  const g = grid(sheet);
  const n = assessmentNames("2026-10-01", 2);
  for (const c of RUBRIC_CRITERIA) {
    if (!c.subElements) {
      expect(names.some((x) => x.name === n.elements(c.key))).toBe(false);
      continue;
    }
    const range = at(names, n.elements(c.key));
    const { start, end } = parseRange(range);
    expect({ c: c.key, cells: end.row - start.row + 1, col: start.col }).toEqual({ c: c.key, cells: c.subElements.items.length, col: 5 });
    c.subElements.items.forEach((item, k) => expect(g.get(cellAddress(start.row + k, 0))).toBe(`${k + 1}. ${item}`));
    expect(sheet.validations).toContainEqual(expect.objectContaining({ range, source: TICK_CHOICES, allowOther: false }));
    const count = at(names, n.elementCount(c.key));
    expect(parseRange(count).start).toEqual({ row: start.row - 1, col: 5 });
    expect(g.get(count)).toEqual({ formula: `=COUNTIF(${n.elements(c.key)},"Yes")`, result: 0 });
  }
  // Criterion 4's four standard benchmarks each have the plan's figure beside them.
  const c4 = parseRange(at(names, n.elements("C4"))).start;
  expect(g.get(cellAddress(c4.row, 6))).toBe("Activities: 4 in the plan; 3 with a start and a completion date; 3 with all the checker asks.");
  expect(g.get(cellAddress(c4.row + 3, 6))).toBe("Final Outcomes: none in the plan.");
  expect(parseAssessmentName(n.elements("C4"))).toEqual({ date: "2026-10-01", seq: 2, field: "C4.Elements" });
});

test("an initiative is listed by its description, without its number repeated, a long one cut at a word", () => {
  const base = EVIDENCE.available ? EVIDENCE.initiatives[0] : undefined;
  const of = (description: string) => initiativeDescription({ ...base!, description });
  expect(of("Expand tiered literacy support")).toBe("Expand tiered literacy support");
  expect(of("1.1 Expand tiered literacy support")).toBe("Expand tiered literacy support");
  expect(of("  Expand\n tiered   support ")).toBe("Expand tiered support");
  expect(of("")).toBe('Sam\'s "reading"');
  const long = of(`Expand ${"tiered literacy support ".repeat(10)}`);
  expect(long.length).toBeLessThanOrEqual(161);
  expect(long).toMatch(/^Expand tiered literacy support .*[a-z]…$/);
});

test("figures link to the cells and sheets, quoting sheet names; without strategy sheets they say so", () => {
  const { sheet } = rubricSheetSpec({ date: "2026-10-01", seq: 1, sheet: "Rubric 2026-10-01", district: "", evidence: EVIDENCE });
  const formulas = [...grid(sheet).values()].filter((c): c is { formula: string } => typeof c === "object" && c !== null).map((c) => c.formula);
  expect(formulas).toContain(`=HYPERLINK("#'1.1 Sam''s ""reading""'!J14","1.1 Sam's ""reading""!J14")`);
  expect(formulas).toContain(`=HYPERLINK("#'1.2 Math'!E9","1.2 Math!E9")`);
  // Initiatives by number (linked) and description (text); the tab name only where the description is blank.
  expect(formulas).toContain(`=HYPERLINK("#AIP.O1.I1.Description","Initiative 1.1")`);
  expect(formulas).toContain(`=HYPERLINK("#AIP.O1.I2.Description","Initiative 1.2")`);
  const shown = [...grid(sheet).values()];
  expect(shown).toContain("Sam's reading: tier 1 phonics in every K-3 classroom");
  expect(shown).toContain("Math");
  expect(formulas).toContain(`=HYPERLINK("#AIP.O1.I1.Objective","Objective 1")`);
  expect(formulas.filter((f) => !/^=(HYPERLINK|COUNTIF)\(/.test(f))).toEqual([]);
  // The objective's title, read from the plan, is written as text.
  expect([...grid(sheet).values()]).toContain("=Reading first");

  const none = grid(rubricSheetSpec({ date: "2026-10-01", seq: 1, sheet: "R", district: "", evidence: UNAVAILABLE }).sheet);
  const texts = [...none.values()];
  expect(texts.filter((t) => t === "Figures not available: no strategy sheets found.")).toHaveLength(2);
  expect([...none.values()].some((c) => typeof c === "object" && c !== null && /HYPERLINK/.test(c.formula))).toBe(false);
});

test("the guiding questions, grouped by letter, each with its notes cell", () => {
  const { sheet, names } = rubricSheetSpec({ date: "2026-10-01", seq: 1, sheet: "R", district: "", evidence: UNAVAILABLE });
  const g = grid(sheet);
  const n = assessmentNames("2026-10-01");
  const rows = allGuidingQuestions().map((q) => parseRange(at(names, n.notes(q.number))).start);
  allGuidingQuestions().forEach((q, k) => {
    expect(rows[k].col).toBe(5);
    expect(g.get(cellAddress(rows[k].row, 0))).toBe(`${q.number}.`);
    expect(String(g.get(cellAddress(rows[k].row, 1)))).toBe([q.text, ...(q.items ?? []).map((i) => `•  ${i}`)].join("\n"));
    expect(g.get(cellAddress(rows[k].row, 5))).toBeNull();
  });
  // Each group's heading sits right above its first question.
  for (const group of GUIDING_QUESTIONS) {
    const first = rows[group.questions[0].number - 1];
    expect(g.get(cellAddress(first.row - 1, 0))).toBe(`${group.letter}. ${group.title}`);
  }
});

/** A snapshot that holds exactly the names a spec made, on its sheet. */
function snapshotOf(sheets: string[], names: NameSpec[]): WorkbookSnapshot {
  return {
    sheets,
    names: Object.fromEntries(names.map((x) => [x.name, { name: x.name, sheet: x.sheet, range: x.range, values: [[""]], formulas: [[""]] }])),
  };
}

test("stages toward exit: areas by phases with a phase dropdown and date in the first reflection column", () => {
  const { sheet, names } = exitStagesSheetSpec({ sheet: "Stages toward exit", reflection: { k: 1, title: "Reflection 2026-10-01", date: "2026-10-01" } });
  const g = grid(sheet);
  const header = parseRange(at(names, EXIT_NAMES.titleRow)).start.row;
  expect(EXIT_HEADERS.map((_, k) => g.get(cellAddress(header, k)))).toEqual(["Area of practice", ...EXIT_PHASES, "Criteria for exit (Appendix N)"]);
  expect(g.get(cellAddress(header, FIRST_REFLECTION_COL))).toBe("Reflection 2026-10-01");
  expect(g.get(at(names, EXIT_NAMES.reflection(1).date))).toBe(46296);
  for (const a of exitAreas()) {
    const row = parseRange(at(names, EXIT_NAMES.area(a.key))).start.row;
    expect(g.get(cellAddress(row, 0))).toBe(a.heading);
    a.phases.forEach((p, k) => expect(g.get(cellAddress(row, 1 + k))).toBe(p.join("\n\n")));
    expect(at(names, EXIT_NAMES.reflection(1).phase(a.key))).toBe(cellAddress(row, FIRST_REFLECTION_COL));
    expect(sheet.validations).toContainEqual(expect.objectContaining({ range: cellAddress(row, FIRST_REFLECTION_COL), source: PHASE_CHOICES, allowOther: false }));
  }
  REFLECTION_QUESTIONS.forEach((q, k) => {
    const row = parseRange(at(names, EXIT_NAMES.question(k + 1))).start.row;
    expect(g.get(cellAddress(row, 0))).toBe(`${k + 1}. ${q}`);
    expect(at(names, EXIT_NAMES.reflection(1).answer(k + 1))).toBe(cellAddress(row, FIRST_REFLECTION_COL));
  });
  // Below the graphic of the three phases the guidance's text refers to ("The graphic below").
  expect(EXIT_PHASES.map((_, k) => g.get(cellAddress(3 + k, 1 + k)))).toEqual([...EXIT_PHASES]);
  expect(sheet.merges).toEqual(expect.arrayContaining(["B4:C4", "C5:D5", "D6:E6"]));
  expect(g.get("A14")).toBe("A. Demonstrate improved student achievement");
  expect(g.get("B15")).toBe("This exit criterion does not involve shifting roles.");
});

test("a later reflection goes right of the last one, on the rows the anchors are on now, and writes nothing else", () => {
  const made = exitStagesSheetSpec({ sheet: "Stages", reflection: { k: 1, title: "R1", date: "2026-10-01" } });
  // A person inserted 3 rows above the table: every anchor moved down by 3; reflection 2 is in G.
  const moved = made.names.map((x) => ({ ...x, range: cellAddress(parseRange(x.range).start.row + 3, parseRange(x.range).start.col) }));
  const r2 = moved.filter((x) => parseReflectionName(x.name)?.k === 1).map((x) => ({ ...x, name: x.name.replace(".R1.", ".R2."), range: x.range.replace(/^F/, "G") }));
  const add = addReflectionSpec(snapshotOf(["Plan", "Stages"], [...moved, ...r2]), "Stages", { title: "R3", date: "2027-06-15" });
  expect(add.k).toBe(3);
  expect(add.sheet).toMatchObject({ name: "Stages", create: false, columns: [{ index: 7, width: 20 }] });
  const written = [...grid(add.sheet).keys()];
  expect(written.every((a) => a.startsWith("H"))).toBe(true);
  expect(written).toHaveLength(2); // title and date; the phase and answer cells are only styled and named
  for (const a of exitAreas()) {
    const anchor = parseRange(moved.find((x) => x.name === EXIT_NAMES.area(a.key))!.range).start.row;
    expect(add.names.find((x) => x.name === EXIT_NAMES.reflection(3).phase(a.key))!.range).toBe(cellAddress(anchor, 7));
  }
  expect(add.sheet.clear).toBeUndefined();
  expect(add.sheet.merges).toBeUndefined();

  const broken = snapshotOf(
    ["Stages"],
    moved.filter((x) => x.name !== EXIT_NAMES.area("SetGoals")),
  );
  expect(() => addReflectionSpec(broken, "Stages", { title: "R2", date: "2027-06-15" })).toThrow(
    'the defined name AIP.Exit.Area.SetGoals is missing or broken, so the row of a new reflection column on "Stages" is not known; point it at its cell in Formulas > Name Manager',
  );
});
