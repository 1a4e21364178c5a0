/**
 * Check's marks (docs/checker.md, "Marks on the sheets"): which cells get one and how, worked out
 * from a snapshot and the findings. Only cells of the plan's named ranges; the worst finding wins;
 * every sheet is listed so the last check's marks clear everywhere.
 */
import type { Finding } from "../../../src/domain/findings";
import { checkMarks, markCounts, MARK_FILL, MARK_OWNER, markFormula } from "../../../src/layout/build/checkMarks";
import type { NamedRangeRead, WorkbookSnapshot } from "../../../src/workbook/port";
import { ownedBy } from "../../../src/workbook/spec";

const name = (n: string, sheet: string, range: string): NamedRangeRead => ({ name: n, sheet, range, values: [], formulas: [] });

const SNAP: WorkbookSnapshot = {
  sheets: ["Plan", "1.1 Reading", "My notes", "Check Report"],
  names: {
    "AIP.FinalOutcomes": name("AIP.FinalOutcomes", "Plan", "B20:C24"),
    "AIP.District": name("AIP.District", "Plan", "B3"),
    "AIP.O1.I1.Lead": name("AIP.O1.I1.Lead", "1.1 Reading", "B6"),
    "AIP.O1.I1.Activities": name("AIP.O1.I1.Activities", "1.1 Reading", "A20:F30"),
    // A person's own name on their own tab, and the Check Report's: neither is the plan's layout.
    Budget: name("Budget", "My notes", "A1:D9"),
    "AIP.CheckReport.Findings": name("AIP.CheckReport.Findings", "Check Report", "A8:A20"),
    // A name a person pointed at a tab of their own: still only its range there.
    "AIP.O1.I1.Description": name("AIP.O1.I1.Description", "My notes", "F2"),
    "AIP.O1.I1.Objective": { name: "AIP.O1.I1.Objective", sheet: "", range: "", values: [], formulas: [] },
  },
};

const at = (severity: Finding["severity"], sheet: string, cell: string): Finding => ({ rule: "r", severity, sheet, cell, message: "m" });

test("a mark per flagged cell of the plan's layout, by its worst finding, in reading order; none elsewhere", () => {
  const owned = checkMarks(SNAP, [
    at("warning", "1.1 Reading", "E23"),
    at("warning", "1.1 Reading", "B6"),
    at("error", "1.1 Reading", "B6"),
    at("note", "1.1 Reading", "B6"),
    at("note", "Plan", "C21"),
    at("error", "My notes", "A1"), // a person's own tab and name
    at("error", "My notes", "F2"), // inside a plan name a person pointed at their tab: still their tab
    at("error", "1.1 Reading", "Z99"), // outside every plan name
    at("error", "Check Report", "A9"),
    at("error", "", ""), // about a defined name: no cell
    at("error", "1.1 Reading", "not a cell"),
  ]);
  expect(owned.map((o) => o.sheet)).toEqual(SNAP.sheets);
  const by = Object.fromEntries(owned.map((o) => [o.sheet, o.formats]));
  expect(by["1.1 Reading"]).toEqual([
    { range: "B6", formula: '=ISTEXT("AIP Check: error")', style: { fill: MARK_FILL.error } },
    { range: "E23", formula: '=ISTEXT("AIP Check: warning")', style: { fill: MARK_FILL.warning } },
  ]);
  expect(by.Plan).toEqual([{ range: "C21", formula: markFormula("note"), style: { fill: MARK_FILL.note } }]);
  expect(by["My notes"]).toEqual([]);
  expect(by["Check Report"]).toEqual([]);
  expect(markCounts(owned)).toEqual({ error: 1, warning: 1, note: 1 });
  for (const o of owned) {
    expect(o.owner).toBe(MARK_OWNER);
    for (const f of o.formats) expect(ownedBy(f.formula, o.owner)).toBe(true);
  }
});

test("no findings: every sheet listed with no marks, so the last check's marks are cleared", () => {
  const owned = checkMarks(SNAP, []);
  expect(owned).toEqual(SNAP.sheets.map((sheet) => ({ sheet, owner: MARK_OWNER, formats: [] })));
});

test("a formula is Check's when it starts with the owner's words, whatever its case or spacing", () => {
  expect(ownedBy('=ISTEXT("AIP Check: error")', MARK_OWNER)).toBe(true);
  expect(ownedBy(' istext("AIP CHECK: warning")', MARK_OWNER)).toBe(true);
  expect(ownedBy('=ISTEXT("AIP Checklist")', MARK_OWNER)).toBe(true); // the owner's prefix: no person writes this by chance
  expect(ownedBy("=E20<D20", MARK_OWNER)).toBe(false);
  expect(ownedBy('=AND(ISTEXT("AIP Check: error"))', MARK_OWNER)).toBe(false);
});
