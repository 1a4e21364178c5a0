import { PlanError } from "../../../src/domain/validate";
import { NoPlanError } from "../../../src/layout/read/readPlan";
import { errorMessage, isExpectedError, plainError, plainWords } from "../../../src/taskpane/errorMessage";
import { officeFailure } from "../../../src/workbook/office/errors";
import { WorkbookError } from "../../../src/workbook/port";

/** Words a person who is not a programmer should not meet outside "Details". */
const DEVELOPER_WORDS = /AIP\.[A-Z]|Name Manager|aip [a-z]+|ItemNotFound|\bdefined name/;

describe("plainError", () => {
  test("an error that already says where and how to fix it keeps its sentence", () => {
    const workbook = new WorkbookError('Sheet "Plan" is missing: start a new plan first.');
    expect(plainError(workbook)).toEqual({ message: workbook.message });
    expect(errorMessage(new PlanError("district", "missing."))).toBe("district: missing.");
    expect(isExpectedError(workbook)).toBe(true);
  });

  test("no plan: the way on in plain words, the technical text behind Details", () => {
    const shown = plainError(new NoPlanError());
    expect(shown.noPlan).toBe(true);
    expect(shown.message).toContain("New plan page");
    expect(shown.message).not.toMatch(DEVELOPER_WORDS);
    expect(shown.details).toContain("AIP.District");
  });

  test("Excel's own reason stays; its error code goes to Details", () => {
    const shown = plainError(officeFailure("read the workbook", { code: "ItemNotFound", message: "The requested resource doesn't exist." }));
    expect(shown.message).toContain("The requested resource doesn't exist.");
    expect(shown.message).not.toMatch(DEVELOPER_WORDS);
    expect(shown.details).toContain("(ItemNotFound)");
  });

  test.each([
    [new TypeError("x is undefined."), "x is undefined"],
    [{ code: "GeneralException", message: "An internal error has occurred" }, "An internal error has occurred"],
    ["timeout", "timeout"],
    [undefined, "no details were given"],
  ])("anything else is unexpected: a plain message, the detail behind Details (%p)", (error, detail) => {
    expect(isExpectedError(error)).toBe(false);
    const shown = plainError(error);
    expect(shown.message.startsWith("Something went wrong. Try again")).toBe(true);
    expect(shown.details).toBe(detail);
  });
});

describe("plainWords", () => {
  test.each([
    [
      "Roll up did not write anything: the sheet \"Summary\" is not the add-in's Summary (the name AIP.Summary.ProcessCounts does not point at it), so it may be a sheet of your own. Rename that sheet (or delete it if it is an old Summary), then roll up again; if it is the add-in's Summary and only its names were deleted, run Repair names (Check page, or aip repair) instead.",
      "Roll up did not write anything: the sheet \"Summary\" is not the add-in's Summary, so it may be a sheet of your own. Rename that sheet (or delete it if it is an old Summary), then roll up again; if it is the add-in's Summary and only its names were deleted, run Repair names on the Check page instead.",
    ],
    [
      'There are no minutes for 2026-10-14 in this workbook: no sheet "Minutes 2026-10-14" with its names (AIP.Minutes.…). Create them first.',
      'There are no minutes for 2026-10-14 in this workbook: no sheet "Minutes 2026-10-14" with its names. Create them first.',
    ],
  ])("takes the developer words out of %p", (text, plain) => {
    expect(plainWords(text)).toBe(plain);
    expect(plainWords(text)).not.toMatch(DEVELOPER_WORDS);
  });

  test("a sentence without developer words is left as it is", () => {
    const text = 'This workbook already holds a plan (it has the sheet "Plan"). Nothing was changed.';
    expect(plainWords(text)).toBe(text);
  });
});
