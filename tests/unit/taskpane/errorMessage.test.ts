import { PlanError } from "../../../src/domain/validate";
import { errorMessage, isExpectedError } from "../../../src/taskpane/errorMessage";
import { WorkbookError } from "../../../src/workbook/port";

describe("errorMessage", () => {
  test("errors that already say where and how to fix it are shown as they are", () => {
    const workbook = new WorkbookError('Sheet "Plan" is missing: start a new plan first.');
    const plan = new PlanError("district", "missing.");
    expect(errorMessage(workbook)).toBe(workbook.message);
    expect(errorMessage(plan)).toBe("district: missing.");
    expect(isExpectedError(workbook) && isExpectedError(plan)).toBe(true);
  });

  test.each([
    [new TypeError("x is undefined."), "Something went wrong: x is undefined. Try again"],
    [{ code: "GeneralException", message: "An internal error has occurred" }, "Something went wrong: An internal error has occurred. "],
    ["timeout", "Something went wrong: timeout. "],
    [undefined, "Something went wrong: no details were given. "],
    [new Error(""), "Something went wrong: no details were given. "],
  ])("anything else is unexpected: %p", (error, start) => {
    expect(isExpectedError(error)).toBe(false);
    expect(errorMessage(error).startsWith(start)).toBe(true);
  });
});
