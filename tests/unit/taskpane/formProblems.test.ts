import { PlanError } from "../../../src/domain/validate";
import { fieldId, formProblems, problemFromPlanError, validation } from "../../../src/taskpane/formProblems";
import { emptyObjective, planFromDraft, type PlanDraft } from "../../../src/taskpane/planDraft";

function filled(patch: Partial<PlanDraft> = {}): PlanDraft {
  const objective = emptyObjective();
  objective.title = "Readers by grade 3";
  return { district: "Riverton", date: "2026-08-20", schoolYear: "2026", objectives: [objective], ...patch };
}

test("a filled form has no problems", () => {
  expect(formProblems(filled())).toEqual([]);
});

test("every blank or wrong required field is reported on its own field, top to bottom, in plain words", () => {
  const problems = formProblems(filled({ district: "  ", date: "", schoolYear: "" }));
  expect(problems.map((p) => p.path)).toEqual(["district", "date", "schoolYear"]);
  for (const p of problems) expect(p.message).not.toMatch(/missing\.|"district"|schoolYear/);
});

test.each(["twenty26", "26", "1999", "2101", "2026.5"])("school year %p is not a year the plan can start", (year) => {
  const [problem] = formProblems(filled({ schoolYear: year }));
  expect(problem.path).toBe("schoolYear");
  expect(problem.message).toContain(`“${year}”`);
});

test("what parsePlan refuses on a form field lands on that field, without the JSON path", () => {
  const draft = filled();
  draft.objectives[0].initiatives[0].lead = "Pat\u0007Lee";
  let error: PlanError | undefined;
  try {
    planFromDraft(draft);
  } catch (e) {
    error = e as PlanError;
  }
  const problem = problemFromPlanError(error!);
  expect(problem?.path).toBe("objectives[0].initiatives[0].lead");
  expect(problem?.message).toMatch(/^Contains an invisible control character/);
  expect(problemFromPlanError(new PlanError("roster[0]", "expected text"))).toBeUndefined();
});

test("field ids and Fluent validation props", () => {
  expect(fieldId("objectives[0].initiatives[1].lead")).toBe("field-objectives-0-initiatives-1-lead");
  expect(validation({ district: "Type it" }, "district")).toEqual({ validationState: "error", validationMessage: "Type it" });
  expect(validation({}, "district")).toEqual({});
});
