/** Reading minutes back for the Word export: what people typed, wherever the names point now. */
import { exportMinutes } from "../../../src/commands/exportMinutes";
import { newMinutes } from "../../../src/commands/newMinutes";
import { newPlan } from "../../../src/commands/newPlan";
import { isoToSerial } from "../../../src/domain/calendar";
import { generatePlan } from "../../support/generatePlan";
import { minutesNames } from "../../../src/layout/names";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";
import { typeInto } from "../../support/minutesSupport";

async function book() {
  const wb = XlsxWorkbook.create();
  await newPlan(wb, generatePlan(2, 2, 4));
  await newMinutes(wb, { date: "2026-11-18", today: "2026-11-01" });
  return wb;
}

test("everything typed on the sheet comes back: header, sections, evidence, discussed marks", async () => {
  const wb = await book();
  const n = minutesNames("2026-11-18");
  await typeInto(wb, n.participants, [["Ana Ruiz; Tom Beck"]]);
  await typeInto(wb, n.submittedBy, [["Tom Beck, 11/20/2026"]]);
  await typeInto(wb, n.nextDate, [[isoToSerial("2026-12-16")]]);
  await typeInto(wb, n.section(1), [["Coaching cycles on track.\nWalkthroughs show routines in 4 of 5 lessons."]]);
  await typeInto(wb, n.section(6), [["-Bring the winter screener results"]]);
  await typeInto(wb, n.evidence, [["Walkthrough log", "Coaches", "Shared drive"]], { row: 1, col: 1 });
  await typeInto(wb, n.discussed, [["Yes"], [""], ["no"], ["x"]], { row: 0, col: 1 });
  const m = await exportMinutes(wb, { date: "2026-11-18" });
  expect(m).toMatchObject({
    sheet: "Minutes 2026-11-18",
    seq: 1,
    participants: "Ana Ruiz; Tom Beck",
    submittedBy: "Tom Beck, 11/20/2026",
    nextDate: "12/16/2026",
    problems: [],
  });
  expect(m.sections).toMatchObject({ "1": "Coaching cycles on track.\nWalkthroughs show routines in 4 of 5 lessons.", "2": "", "6": "-Bring the winter screener results" });
  expect(m.evidence[1]).toEqual({ initiative: "1.2", evidence: "Walkthrough log", who: "Coaches", where: "Shared drive" });
  expect(m.discussed).toEqual([
    { initiative: "1.1", discussed: true },
    { initiative: "1.2", discussed: false },
    { initiative: "2.1", discussed: false },
    { initiative: "2.2", discussed: true },
  ]);
});

test("a next date typed as text is kept as typed; an edited meeting date moves the deadlines", async () => {
  const wb = await book();
  const n = minutesNames("2026-11-18");
  await typeInto(wb, n.nextDate, [["mid-December, to confirm"]]);
  await typeInto(wb, n.date, [[isoToSerial("2026-11-19")]]);
  const m = await exportMinutes(wb, { date: "2026-11-18" });
  expect(m.nextDate).toBe("mid-December, to confirm");
  expect(m.date).toBe("2026-11-19");
  expect(m.deadlines.map((d) => d.date)).toEqual(["2026-11-12", "2026-11-22", "2026-11-25", "2026-11-26"]);
  expect(m.problems.map((p) => p.where)).toEqual([expect.stringMatching(/^'Minutes 2026-11-18'!C\d+$/)]);
});

test("without a sequence the latest sheet of the day is exported; no minutes is a clear error", async () => {
  const wb = await book();
  await newMinutes(wb, { date: "2026-11-18", suffixIfExists: true, today: "2026-11-01" });
  await typeInto(wb, minutesNames("2026-11-18", 2).participants, [["Second meeting"]]);
  expect(await exportMinutes(wb, { date: "2026-11-18" })).toMatchObject({ sheet: "Minutes 2026-11-18 (2)", seq: 2, participants: "Second meeting" });
  expect(await exportMinutes(wb, { date: "2026-11-18", seq: 1 })).toMatchObject({ sheet: "Minutes 2026-11-18", participants: "" });
  await expect(exportMinutes(wb, { date: "2026-12-16" })).rejects.toThrow(`There are no minutes for 2026-12-16 in this workbook: no sheet "Minutes 2026-12-16"`);
});
