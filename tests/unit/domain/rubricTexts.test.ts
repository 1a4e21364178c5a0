/**
 * The rubric, guiding questions and stages toward exit are shown verbatim: every text in
 * domain/rubric.ts and domain/exitStages.ts is held against SPEC.md (docs/guidance/SPEC.md, a copy of the project's specification), which
 * quotes the source exactly in backticks. Names and order too (DECISIONS.md 7).
 */
import { readFileSync } from "fs";
import * as path from "path";
import { EXIT_CRITERIA, EXIT_PHASES, exitAreas, PHASES_INTRO, PHASES_PER_AREA, REFLECTION_QUESTIONS } from "../../../src/domain/exitStages";
import { allGuidingQuestions, GUIDING_QUESTIONS, LEVEL_DEFINITIONS, RUBRIC_CRITERIA, RUBRIC_LEVELS } from "../../../src/domain/rubric";

const SPEC = readFileSync(path.resolve(__dirname, "../../../docs/guidance/SPEC.md"), "utf8");
const LINES = SPEC.split("\n");

/** The lines of the section whose heading starts with `heading`, up to the next heading of its level or higher. */
function section(heading: string): string[] {
  const start = LINES.findIndex((l) => l.startsWith(heading));
  if (start < 0) throw new Error(`SPEC.md has no heading "${heading}"`);
  const level = /^#+/.exec(heading)![0].length;
  const end = LINES.findIndex((l, k) => k > start && /^#+ /.test(l) && /^#+/.exec(l)![0].length <= level);
  return LINES.slice(start + 1, end < 0 ? undefined : end);
}

const ticks = (s: string) => [...s.matchAll(/`([^`]*)`/g)].map((m) => m[1]);
const cells = (row: string) =>
  row
    .trim()
    .replace(/^\||\|$/g, "")
    .split("|")
    .map((c) => c.trim());

test("the four levels, low to high, with their definitions and next steps (§7.1)", () => {
  const rows = section("### 7.1").filter((l) => /^\| \d/.test(l));
  expect(RUBRIC_LEVELS).toEqual(rows.map((r) => ticks(cells(r)[1])[0]));
  expect(RUBRIC_LEVELS).toEqual(["Developing", "Emerging", "Ready to implement", "Strong"]);
  expect(LEVEL_DEFINITIONS.map((d) => [d.level, d.definition, d.nextStep])).toEqual(rows.map((r) => [ticks(cells(r)[1])[0], ticks(cells(r)[2]), ticks(cells(r)[3])[0]]));
});

test("the five criteria in Appendix D's names and order (§7.2, DECISIONS.md 7)", () => {
  const names = section("### 7.2")
    .filter((l) => /^\d\. `/.test(l))
    .map((l) => ticks(l)[0]);
  expect(RUBRIC_CRITERIA.map((c) => c.name)).toEqual(names);
  expect(names).toEqual([
    "Provides Focus",
    "Addresses Systemic Root Causes",
    "Quickly Targets the Instructional Core",
    "Useful For Tracking the Sufficiency of Progress",
    "Builds Long-Term Capacity",
  ]);
  expect(RUBRIC_CRITERIA.map((c) => c.key)).toEqual(["C1", "C2", "C3", "C4", "C5"]);
});

test("every level descriptor and counted sub-element is the source's text (§7.3, §4.6)", () => {
  const lines = section("### 7.3");
  const blocks: { descriptors: Record<string, string>; items: string[] }[] = [];
  for (const l of lines) {
    if (/^\*\*Criterion \d/.test(l)) blocks.push({ descriptors: {}, items: [] });
    const m = /^- (Developing|Emerging|Ready to implement|Strong): (.*)$/.exec(l);
    if (m && ticks(m[2]).length > 0) blocks[blocks.length - 1].descriptors[m[1]] = ticks(m[2])[0];
    const item = /^ {2}\d\. `(.*)`$/.exec(l);
    if (item) blocks[blocks.length - 1].items.push(item[1]);
  }
  // Criterion 4's Strong column is §4.6: its lead line and four numbered items.
  const strong = section("### 4.6").filter((l) => l.startsWith("`") || /^\d\. `/.test(l));
  blocks[3].descriptors.Strong = ticks(strong[0])[0];
  blocks[3].items = strong.slice(1).map((l) => ticks(l)[0]);
  expect(blocks).toHaveLength(5);
  RUBRIC_CRITERIA.forEach((c, k) => {
    expect({ criterion: c.name, descriptors: c.descriptors }).toEqual({ criterion: c.name, descriptors: blocks[k].descriptors });
    expect({ criterion: c.name, items: c.subElements?.items ?? [] }).toEqual({ criterion: c.name, items: blocks[k].items });
  });
  expect(RUBRIC_CRITERIA.map((c) => c.subElements?.items.length ?? 0)).toEqual([0, 0, 3, 4, 3]);
});

test("the fifteen guiding questions, grouped by letter, with their bullet points (§8)", () => {
  const groups: { letter: string; title: string; questions: { number: number; text: string; items: string[] }[] }[] = [];
  for (const l of section("## 8.")) {
    const g = /^\*\*([A-E])\. (.*)\*\*$/.exec(l);
    if (g) groups.push({ letter: g[1], title: g[2], questions: [] });
    const q = /^(\d+)\. `(.*)`$/.exec(l);
    if (q) groups[groups.length - 1].questions.push({ number: Number(q[1]), text: q[2], items: [] });
    const i = /^\s+- `(.*)`$/.exec(l);
    if (i) groups[groups.length - 1].questions.at(-1)!.items.push(i[1]);
  }
  expect(
    GUIDING_QUESTIONS.map((g) => ({ letter: g.letter, title: g.title, questions: g.questions.map((q) => ({ number: q.number, text: q.text, items: [...(q.items ?? [])] })) })),
  ).toEqual(groups);
  expect(allGuidingQuestions().map((q) => q.number)).toEqual(Array.from({ length: 15 }, (_, k) => k + 1));
  expect(GUIDING_QUESTIONS.map((g) => g.letter)).toEqual(["A", "B", "C", "D", "E"]);
});

test("the three phases, Section 9's texts and the reflection questions (§10.1)", () => {
  const lines = section("### 10.1");
  expect(EXIT_PHASES).toEqual(ticks(lines.find((l) => l.includes("column headings"))!));
  expect(PHASES_INTRO).toBe(ticks(lines.find((l) => l.startsWith("- Section 9 prose"))!)[0]);
  expect(PHASES_PER_AREA).toBe(ticks(lines.find((l) => l.includes("per area of practice"))!)[0]);
  expect(REFLECTION_QUESTIONS).toEqual(lines.filter((l) => /^ {2}\d\. `/.test(l)).map((l) => ticks(l)[0]));
  expect(REFLECTION_QUESTIONS).toHaveLength(3);
});

test("each exit criterion's heading, areas and every phase cell, paragraph by paragraph (§10.2)", () => {
  const parsed: { heading: string; note?: string; areas: { heading: string; phases: string[][] }[] }[] = [];
  for (const l of section("### 10.2")) {
    const h = /^\*\*`([A-E]\. [^`]*)`\*\*(.*)$/.exec(l);
    if (h) parsed.push({ heading: h[1], ...(ticks(h[2])[0] ? { note: ticks(h[2])[0] } : {}), areas: [] });
    if (parsed.length > 0 && /^\| /.test(l) && !/^\| Sub-heading/.test(l) && !/^\|---/.test(l)) {
      const [head, ...phases] = cells(l);
      parsed[parsed.length - 1].areas.push({ heading: ticks(head)[0] ?? head, phases: phases.map((p) => ticks(p)) });
    }
  }
  expect(
    EXIT_CRITERIA.map((c) => ({
      heading: c.heading,
      ...(c.note ? { note: c.note } : {}),
      areas: c.areas.map((a) => ({ heading: a.heading, phases: a.phases.map((p) => [...p]) })),
    })),
  ).toEqual(parsed);
  expect(exitAreas()).toHaveLength(10);
  // Every area's key is unique: each is a defined name.
  expect(new Set(exitAreas().map((a) => a.key)).size).toBe(10);
});

test("what exit looks like, per area (Appendix N, §10.3), and the headings match Section 5's list", () => {
  const lines = section("### 10.3");
  const section5 = lines
    .slice(0, 8)
    .filter((l) => /^- `/.test(l))
    .map((l) => ticks(l)[0]);
  expect(EXIT_CRITERIA.map((c) => c.heading.replace(/^[A-E]\. /, ""))).toEqual(section5);
  const items = lines.filter((l) => /^ {2}- `/.test(l)).map((l) => ticks(l)[0]);
  const a = EXIT_CRITERIA[0].exit!;
  expect([...a.items, ...exitAreas().map((x) => x.exit)]).toEqual(items);
  expect(lines.some((l) => l.includes(`\`F. ${a.lead}\``))).toBe(true);
});
