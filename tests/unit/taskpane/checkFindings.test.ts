import type { Finding } from "../../../src/checks/types";
import { filterFindings, groupFindings, initiativeChoices, NO_FILTER } from "../../../src/taskpane/components/check/findings";

const f = (severity: Finding["severity"], o: number | undefined, message: string, extra: Partial<Finding> = {}): Finding => ({
  rule: "r",
  severity,
  sheet: "S",
  cell: "A1",
  message,
  ...(o ? { initiative: { o, i: 1 } } : {}),
  ...extra,
});

const all = [
  f("note", 2, "Objective 2 has one initiative"),
  f("error", 1, "Lead names two people"),
  f("warning", undefined, "Section 1 is long"),
  f("warning", 1, "No start date", { suggestion: "Type a date" }),
];

test("groups: Plan first, then initiatives in order; errors, warnings, notes inside", () => {
  const groups = groupFindings(all);
  expect(groups.map((g) => [g.label, g.count, g.severities.map((s) => s.severity)])).toEqual([
    ["Plan", 1, ["warning"]],
    ["Initiative 1.1", 2, ["error", "warning"]],
    ["Initiative 2.1", 1, ["note"]],
  ]);
  expect(initiativeChoices(all)).toEqual(["plan", "1.1", "2.1"]);
});

test("filters by severity, initiative and every typed word (message, suggestion, rule, sheet, cell; any case)", () => {
  expect(filterFindings(all, { ...NO_FILTER, severity: "warning" }).map((x) => x.message)).toEqual(["Section 1 is long", "No start date"]);
  expect(filterFindings(all, { ...NO_FILTER, initiative: "plan" }).map((x) => x.message)).toEqual(["Section 1 is long"]);
  expect(filterFindings(all, { ...NO_FILTER, initiative: "1.1", text: "TYPE date" }).map((x) => x.message)).toEqual(["No start date"]);
  expect(filterFindings(all, { ...NO_FILTER, text: "nothing like this" })).toEqual([]);
  expect(filterFindings(all, NO_FILTER)).toHaveLength(4);
});
