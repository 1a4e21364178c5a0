import { PlanError } from "../../../src/domain/validate";
import { defaultSchoolYear, draftJson, emptyObjective, emptyPlanDraft, formFieldLabel, isoDate, planFromDraft, type PlanDraft } from "../../../src/taskpane/planDraft";

function filled(patch: Partial<PlanDraft> = {}): PlanDraft {
  const objective = emptyObjective();
  objective.title = "=Readers by grade 3";
  objective.lead = "Pat O'Neil";
  objective.initiatives[0].description = "  Tutoring  ";
  objective.initiatives[0].lead = "Sam D'Angelo";
  return { district: "O'Brien County", date: "2026-08-20", schoolYear: "2026", objectives: [objective], ...patch };
}

function planError(draft: PlanDraft): PlanError {
  try {
    planFromDraft(draft);
  } catch (error) {
    if (error instanceof PlanError) return error;
    throw error;
  }
  throw new Error("parsePlan accepted the draft");
}

describe("planFromDraft (the form, validated by parsePlan)", () => {
  test("a filled form is a valid plan; text is kept exactly as typed", () => {
    const plan = planFromDraft(filled());
    expect(plan).toMatchObject({ district: "O'Brien County", date: "2026-08-20", schoolYear: 2026 });
    expect(plan.objectives[0]).toMatchObject({ title: "=Readers by grade 3", lead: "Pat O'Neil" });
    expect(plan.objectives[0].initiatives[0]).toMatchObject({ description: "  Tutoring  ", lead: "Sam D'Angelo", activities: [] });
  });

  test("the roster lists each lead once, trimmed, blanks left out", () => {
    const draft = filled();
    const second = emptyObjective();
    second.lead = " Pat O'Neil ";
    draft.objectives.push(second);
    expect(planFromDraft(draft).roster).toEqual(["Pat O'Neil", "Sam D'Angelo"]);
    expect(draftJson(draft).roster).toEqual([]);
  });

  test.each([
    ["district", { district: "   " }],
    ["date", { date: "" }],
    ["schoolYear", { schoolYear: "" }],
  ])("a blank %s is reported as missing, by name", (path, patch) => {
    const error = planError(filled(patch));
    expect(error.path).toBe(path);
    expect(error.message).toMatch(new RegExp(`^${path}: missing`));
  });

  test("a school year that is not a number is passed on as typed, so the message quotes it", () => {
    expect(planError(filled({ schoolYear: "twenty26" })).message).toContain('"twenty26"');
    expect(planError(filled({ schoolYear: "1999" })).path).toBe("schoolYear");
  });

  test("unfinished objectives and initiatives are valid input", () => {
    const draft = filled();
    draft.objectives.push(emptyObjective());
    expect(planFromDraft(draft).objectives[1]).toMatchObject({ title: "", lead: "" });
  });
});

describe("form defaults", () => {
  test("the school year turns over in July", () => {
    expect(defaultSchoolYear(new Date(2026, 5, 30))).toBe(2025);
    expect(defaultSchoolYear(new Date(2026, 6, 1))).toBe(2026);
    expect(defaultSchoolYear(new Date(2027, 0, 15))).toBe(2026);
  });

  test("today's date as YYYY-MM-DD, in local time", () => {
    expect(isoDate(new Date(2026, 8, 5, 23, 30))).toBe("2026-09-05");
  });

  test("a new form has one objective with one initiative, each row with its own key", () => {
    const draft = emptyPlanDraft(new Date(2026, 7, 1));
    expect(draft).toMatchObject({ district: "", date: "2026-08-01", schoolYear: "2026" });
    expect(draft.objectives).toHaveLength(1);
    expect(draft.objectives[0].initiatives).toHaveLength(1);
    expect(draft.objectives[0].key).not.toBe(draft.objectives[0].initiatives[0].key);
  });
});

describe("formFieldLabel", () => {
  test.each([
    ["district", "District"],
    ["date", "Plan date"],
    ["schoolYear", "School year start year"],
    ["objectives[0].title", "Objective 1: title"],
    ["objectives[2].lead", "Objective 3: lead"],
    ["objectives[0].initiatives[1].description", "Objective 1, initiative 2: description"],
    ["objectives[1].initiatives[0].lead", "Objective 2, initiative 1: lead"],
    ["objectives[0].initiatives[0].activities[0].start", undefined],
    ["keyIssues", undefined],
    ["", undefined],
  ])("%s → %s", (path, label) => {
    expect(formFieldLabel(path)).toBe(label);
  });

  test("every field the form fills can be named when parsePlan rejects it", () => {
    const draft = filled();
    draft.objectives[0].initiatives[0].lead = "bad \u0001 lead";
    const error = planError(draft);
    expect(formFieldLabel(error.path)).toBe("Objective 1, initiative 1: lead");
  });
});
