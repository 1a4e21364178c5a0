/** Roll up as a use-case: one snapshot, one apply, only the Summary written, found again when renamed. */
import { rollUp } from "../../../src/commands/rollUp";
import { SUMMARY_NAMES } from "../../../src/layout/names";
import { addInitiative, addPlanSheet, RecordingPort, SnapshotBuilder } from "../../support/snapshotBuilder";

function plan(): SnapshotBuilder {
  const b = addPlanSheet(new SnapshotBuilder());
  addInitiative(b, { o: 1, i: 1 }, "1.1 Coaching", {});
  return b;
}

test("one snapshot and one apply that writes only the Summary and its names, created after the Plan sheet", async () => {
  const port = new RecordingPort(plan().build());
  expect(await rollUp(port)).toEqual({ initiatives: 1, problems: [] });
  expect(port.snapshots).toBe(1);
  expect(port.batches).toHaveLength(1);
  const [batch] = port.batches;
  expect(batch.sheets.map((s) => [s.name, s.create, s.position])).toEqual([["Summary", true, 1]]);
  expect(batch.names.every((n) => n.name.startsWith("AIP.Summary.") && n.sheet === "Summary")).toBe(true);
  expect(batch.sheets[0].activate).toBe(true);
  const quiet = new RecordingPort(plan().build());
  await rollUp(quiet, { activate: false });
  expect(quiet.batches[0].sheets[0].activate).toBe(false);
});

test("an existing Summary, even renamed by a person, is rebuilt in place under its own name", async () => {
  const snap = plan()
    .set("Ratings overview", "A1", [["old"]])
    .name(SUMMARY_NAMES.area, "Ratings overview", "A1:AE80")
    .build();
  const port = new RecordingPort(snap);
  await rollUp(port);
  const sheet = port.batches[0].sheets[0];
  expect([sheet.name, sheet.create, sheet.clear]).toEqual(["Ratings overview", false, ["A1:AE1200"]]);
  expect(port.batches[0].names.every((n) => n.sheet === "Ratings overview")).toBe(true);

  const lower = new RecordingPort(
    plan()
      .set("summary", "A1", [["old"]])
      .name(SUMMARY_NAMES.processCounts, "summary", "C5:F8")
      .build(),
  );
  await rollUp(lower);
  expect(lower.batches[0].sheets[0]).toMatchObject({ name: "summary", create: false });
});

test("a tab of a person's own called Summary (none of the Summary's names point at it) is refused, not written over", async () => {
  const port = new RecordingPort(
    plan()
      .set("summary", "A1", [["my own totals"]])
      .build(),
  );
  await expect(rollUp(port)).rejects.toThrow(/the sheet "summary" is not the add-in's Summary .*AIP\.Summary\.Area.*Rename that sheet/);
  expect(port.batches).toEqual([]);
});

test("a workbook without a plan is refused before anything is written", async () => {
  const port = new RecordingPort(new SnapshotBuilder().set("Sheet1", "A1", [["x"]]).build());
  await expect(rollUp(port)).rejects.toThrow("This workbook has no AIP plan");
  expect(port.batches).toEqual([]);
});
