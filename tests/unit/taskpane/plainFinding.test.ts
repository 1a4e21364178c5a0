import { WORKBOOK_NAMES } from "../../../src/checks/engine";
import type { Finding } from "../../../src/checks/types";
import { plainFinding } from "../../../src/taskpane/components/check/plainFinding";

const DEVELOPER_WORDS = /AIP\.[A-Z]|Name Manager|aip [a-z]+|\bdefined name/;

const names = (message: string, suggestion: string): Finding => ({ rule: WORKBOOK_NAMES, severity: "error", sheet: "1.1 Phonics", cell: "", message, suggestion });

test("a lost name: which part of the plan cannot be found, and Repair names on this page; the name in the details", () => {
  const f = names(
    'The defined name AIP.O1.I1.Lead is missing (not in Formulas > Name Manager); it belongs on the sheet "1.1 Phonics" (initiative 1.1\'s strategy sheet), and the add-in reads and updates those cells only through it.',
    "Run Repair names (Check page, or aip repair BOOK.xlsx): it points AIP.O1.I1.Lead back at its cells from the sheet's labels and changes no value.",
  );
  const shown = plainFinding(f);
  expect(shown.message).toBe('The add-in can no longer find the cells of initiative 1.1\'s strategy sheet on the sheet "1.1 Phonics".');
  expect(shown.suggestion).toContain("Repair names on this page");
  expect(`${shown.message} ${shown.suggestion}`).not.toMatch(DEVELOPER_WORDS);
  expect(shown.details).toContain("AIP.O1.I1.Lead");
  expect(shown.details).toContain(`Rule: ${WORKBOOK_NAMES}`);
});

test("a name whose sheet is gone", () => {
  const shown = plainFinding(
    names(
      "The defined name AIP.Summary.ProcessCounts is broken (it points at #REF! or at a deleted sheet), and the Summary sheet it belongs on is not in this workbook.",
      "Restore the sheet …",
    ),
  );
  expect(shown.message).toBe("The Summary sheet is not in this workbook any more, so the add-in cannot find its cells.");
});

test("a benchmark finding keeps its words; only the rule id is added behind Details", () => {
  const f: Finding = {
    rule: "benchmark-date",
    severity: "warning",
    sheet: "1.1 Phonics",
    cell: "F12",
    message: "No date: when will this be reached?",
    suggestion: "Start with By June 2027, …",
  };
  expect(plainFinding(f)).toEqual({ message: f.message, suggestion: f.suggestion, details: "Rule: benchmark-date" });
});
