import { planPresence } from "../../../src/taskpane/planPresence";

const name = { sheet: "Plan", address: "B4", values: [["Riverton"]] };

test("a workbook with the plan's names holds a plan", () => {
  expect(planPresence({ sheets: ["Plan"], names: { "AIP.District": name } as never })).toBe("plan");
});

test("a blank workbook, or one with sheets of a person's own, has none", () => {
  expect(planPresence({ sheets: ["Sheet1"], names: {} })).toBe("none");
  expect(planPresence({ sheets: ["Budget", "Notes"], names: {} })).toBe("none");
});

test("the add-in's own tabs without their names: the names were lost (Repair names is the way back)", () => {
  expect(planPresence({ sheets: ["Plan", "1.1 Phonics", "Lists"], names: {} })).toBe("lostNames");
  expect(planPresence({ sheets: ["sept-dec"], names: {} })).toBe("lostNames");
});
