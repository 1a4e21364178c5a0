/**
 * Every rule has its page in docs/rules/ (as ESLint documents its rules), and the page agrees with
 * the rule: id, severity, description, guidance, kind and the benchmark types it applies to. The
 * text rules' examples on each page are run: valid ones pass, invalid ones fail. Every rule has a
 * test file of its own cases in tests/unit/checks/rules/.
 */
import * as fs from "fs";
import * as path from "path";
import { RULES } from "../../../src/checks/registry";
import type { BenchmarkType, Rule, TextContext } from "../../../src/checks/types";

const root = path.resolve(__dirname, "../../..");
const docs = path.join(root, "docs/rules");
const SY: TextContext = { schoolYear: 2026 };
const TYPE_WORDS: Record<BenchmarkType, string> = {
  activity: "activities",
  early_evidence: "early evidence of change",
  short_term_outcome: "short-term outcomes",
  final_outcome: "final outcomes",
};
const KIND_WORDS: Record<Rule["kind"], string> = {
  text: "text: one benchmark at a time",
  plan: "plan: the whole plan as read from the workbook",
  workbook: "workbook: found while reading the workbook",
};

interface Page {
  title: string;
  description: string;
  table: Record<string, string>;
  sections: Record<string, string>;
}

function readPage(id: string): Page {
  const text = fs.readFileSync(path.join(docs, `${id}.md`), "utf8");
  const lines = text.split("\n");
  const cells = (line: string) =>
    line
      .split("|")
      .slice(1, -1)
      .map((c) => c.trim());
  const headerAt = lines.findIndex((l) => l.startsWith("| Severity"));
  const head = cells(lines[headerAt]);
  const row = cells(lines[headerAt + 2]);
  const sections: Record<string, string> = {};
  for (const part of text.split(/^## /m).slice(1)) {
    const [name, ...body] = part.split("\n");
    sections[name.trim()] = body.join("\n").trim();
  }
  return {
    title: lines[0],
    description: (lines.find((l) => l.startsWith("> ")) ?? "").slice(2),
    table: Object.fromEntries(head.map((h, k) => [h, row[k]])),
    sections,
  };
}

/** The code spans of a section's bullets: one benchmark text each. */
function examples(section: string): string[] {
  return section
    .split("\n")
    .filter((l) => l.startsWith("- `"))
    .map((l) => l.slice(3, l.lastIndexOf("`")));
}

function sourceFile(id: string): string {
  const camel = id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
  return `src/checks/rules/${camel}.ts`;
}

describe.each(RULES.map((r) => [r.id, r] as const))("docs/rules/%s.md", (id, rule) => {
  const page = readPage(id);

  test("agrees with the rule's metadata", () => {
    expect(page.title).toBe(`# \`${id}\``);
    expect(page.description).toBe(rule.description);
    expect(page.table.Severity).toBe(rule.severity);
    expect(page.table.Guidance).toBe(rule.guidance);
    expect(page.table.Kind).toBe(KIND_WORDS[rule.kind]);
    const applies = rule.kind === "text" ? (rule.appliesTo ? rule.appliesTo.map((t) => TYPE_WORDS[t]).join(", ") : "every benchmark") : "—";
    expect(page.table["Applies to"]).toBe(applies);
  });

  test("says what it looks for, with valid and invalid examples and where it comes from", () => {
    for (const s of ["What it looks for", "Valid", "Invalid", "Where it comes from"]) expect(page.sections[s]?.length ?? 0).toBeGreaterThan(20);
    expect(page.sections.Invalid).toMatch(/^- /m);
    expect(page.sections.Valid).toMatch(/^- /m);
    expect(page.sections["Where it comes from"]).toContain(rule.guidance);
    expect(page.sections["Where it comes from"]).toContain(`[\`${sourceFile(id)}\`](../../${sourceFile(id)})`);
  });

  test("its source file holds the rule, and a test file of its cases exists", () => {
    const source = fs.readFileSync(path.join(root, sourceFile(id)), "utf8");
    expect(source).toContain(`id: "${id}"`);
    const base = path.basename(sourceFile(id), ".ts");
    const tests = fs.readdirSync(path.join(root, "tests/unit/checks/rules")).filter((f) => f.endsWith(".test.ts"));
    const own = tests.filter((f) => fs.readFileSync(path.join(root, "tests/unit/checks/rules", f), "utf8").includes(`src/checks/rules/${base}"`));
    expect(own.length).toBeGreaterThan(0);
  });

  if (rule.kind === "text") {
    const type = rule.appliesTo?.[0] ?? "early_evidence";
    test.each(examples(page.sections.Valid ?? ""))("valid example passes: %s", (text) => {
      expect(rule.check({ text, type }, SY)).toEqual([]);
    });
    test.each(examples(page.sections.Invalid ?? ""))("invalid example fails: %s", (text) => {
      expect(rule.check({ text, type }, SY).length).toBeGreaterThan(0);
    });
  }
});

test("docs/rules/ has a page for every rule and no other, and its index lists them in order", () => {
  const pages = fs
    .readdirSync(docs)
    .filter((f) => f.endsWith(".md") && f !== "README.md")
    .map((f) => f.slice(0, -3));
  expect(pages.sort()).toEqual(RULES.map((r) => r.id).sort());
  const index = fs.readFileSync(path.join(docs, "README.md"), "utf8");
  const listed = index
    .split("\n")
    .filter((l) => l.startsWith("| [`"))
    .map((l) =>
      l
        .split("|")
        .slice(1, -1)
        .map((c) => c.trim()),
    )
    .map(([link, severity, kind, description]) => ({ id: /^\[`([a-z0-9-]+)`\]\(\1\.md\)$/.exec(link)?.[1], severity, kind, description }));
  expect(listed).toEqual(RULES.map((r) => ({ id: r.id, severity: r.severity, kind: r.kind, description: r.description })));
});
