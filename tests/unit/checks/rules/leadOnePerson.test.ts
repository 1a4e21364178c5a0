import { leadOnePerson, severalPeople } from "../../../../src/checks/rules/leadOnePerson";
import { planWith, run, where } from "../../../support/planFixture";

describe("lead-one-person", () => {
  test.each([
    "Pat Lee and Sam Ortiz",
    "Pat Lee & Sam Ortiz",
    "Pat Lee/Sam Ortiz",
    "Pat Lee, Sam Ortiz",
    "Dr. Ana Ruiz, Tom Beck, Grace Kim",
    "Pat Lee; Sam Ortiz",
    "Co-leads: Pat Lee, Sam Ortiz",
    "ELA leadership team",
    "Principals",
    "Pat Lee or designee",
  ])("%s names more than one person", (lead) => {
    expect(severalPeople(lead)).toBeDefined();
  });

  test.each([
    "Pat Lee",
    "Dr. Pat Lee, Principal",
    "Pat Lee, Assistant Superintendent",
    "Director of Teaching and Learning",
    "Sam O'Brien-Ortiz",
    "Pat Lee, Ed.D.",
    "Lee, Pat",
    "Pat Lee, Principal, Ward Elementary School",
    "Dr. Ana Ruiz, Assistant Superintendent for Curriculum, Instruction, and Assessment",
  ])("%s is one person", (lead) => {
    expect(severalPeople(lead)).toBeUndefined();
  });

  test("an error on B and on D, on the cell, with a next step", () => {
    const f = run(leadOnePerson, planWith([{ objectiveLead: "Pat Lee and Ana Ruiz", lead: "Sam Ortiz & Kim Fox" }], { roster: [""] }));
    expect(where(f)).toEqual(["error 1.1 Sheet!B4", "error 1.1 Sheet!B6"]);
    expect(f[0]).toMatchObject({ rule: "lead-one-person", initiative: { o: 1, i: 1 } });
    expect(f[0].message).toContain("Pat Lee and Ana Ruiz");
    expect(f[1].message).toMatch(/^D\. Lead for this Initiative must be one person/);
    expect(f[0].suggestion).toMatch(/Key resources/);
  });

  test("one person on the roster: nothing; not on the roster: a note; empty: a warning", () => {
    expect(run(leadOnePerson, planWith([{ objectiveLead: "Pat Lee", lead: "Sam Ortiz" }]))).toEqual([]);
    const f = run(leadOnePerson, planWith([{ objectiveLead: "Pat Lee", lead: "Jo Marsh" }, { lead: "" }]));
    expect(where(f)).toEqual(["note 1.1 Sheet!B6", "warning 1.2 Sheet!B6"]);
    expect(f[0].message).toContain("roster");
  });

  test("with no roster, any one name is fine", () => {
    expect(run(leadOnePerson, planWith([{ objectiveLead: "Pat Lee", lead: "Jo Marsh" }], { roster: [""] }))).toEqual([]);
  });
});
