import { finalOutcomeDate } from "../../../../src/checks/rules/finalOutcomeDate";
import { planWith, run, serial } from "../../../support/planFixture";

test("final-outcome-date: a dated outcome passes; no date is a note assuming the end of the school year; junk is a warning", () => {
  const b = planWith([{}], {
    finalOutcomes: [
      ["Grade 3 reading at 70%", serial("2027-06-30")],
      ["Attendance at 95%", ""],
      ["Suspensions halved", "June 2027"],
      ["", ""],
    ],
  });
  const f = run(finalOutcomeDate, b);
  expect(f.map((x) => [x.severity, x.sheet, x.cell])).toEqual([
    ["note", "Plan", "B21"],
    ["warning", "Plan", "B22"],
  ]);
  expect(f[0].message).toBe('The final outcome "Attendance at 95%" has no date; 8/31/2027 (the end of the school year) is assumed.');
  expect(f[1].message).toContain('"June 2027", which is not a date');
});
