/**
 * The in-memory Excel behind the real office.js client (tests/support/officeJs.ts,
 * tests/fakes/excel/server.ts): Excel on the web's 5 MB limits with its own error codes, and
 * objects the client keeps across syncs.
 */
import { createFakeExcel } from "../../fakes/excel";
import { realExcelRun } from "../../support/officeJs";

function setup() {
  const fake = createFakeExcel();
  fake.addSheet("Sheet1");
  return { fake, run: realExcelRun(fake) };
}

const text = (n: number) => `'${"x".repeat(n)}`;

test("a request over 5,000,000 bytes is refused with RequestPayloadSizeLimitExceeded and changes nothing", async () => {
  const { fake, run } = setup();
  const attempt = run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A1:A600").values = Array.from({ length: 600 }, () => [text(9_000)]);
    await context.sync();
  });
  await expect(attempt).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  expect(fake.getCell("Sheet1", "A1").value).toBe("");
  expect(fake.traffic.at(-1)).toMatchObject({ refused: "RequestPayloadSizeLimitExceeded" });
  expect(fake.traffic.at(-1)!.requestBytes).toBeGreaterThan(5_000_000);
});

test("a response over 5,000,000 bytes is refused with ResponsePayloadSizeLimitExceeded; under it, the same read works", async () => {
  const { fake, run } = setup();
  for (let part = 0; part < 3; part++) {
    await run(async (context) => {
      const top = part * 200 + 1;
      context.workbook.worksheets.getItem("Sheet1").getRange(`A${top}:A${top + 199}`).values = Array.from({ length: 200 }, () => [text(9_000)]);
      await context.sync();
    });
  }
  const read = (address: string) =>
    run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange(address).load("values,formulas");
      await context.sync();
      return r.values.length;
    });
  await expect(read("A1:A600")).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  expect(await read("A1:A200")).toBe(200);
  expect(Math.max(...fake.traffic.filter((t) => !t.refused).map((t) => t.responseBytes))).toBeLessThanOrEqual(5_000_000);
});

test("a sheet added in one request is still usable in the next (Excel hands back a reference)", async () => {
  const { fake, run } = setup();
  await run(async (context) => {
    const ws = context.workbook.worksheets.add("Plan");
    await context.sync();
    ws.getRange("B2").values = [["'after the first sync"]];
    await context.sync();
  });
  expect(fake.getCell("Plan", "B2").value).toBe("after the first sync");
});

test("an error names the failing statement, as office.js reports it from Excel's ActionIndex", async () => {
  const { run } = setup();
  const attempt = run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["'ok"]];
    context.workbook.worksheets.getItem("Missing").getRange("A1").values = [["'no"]];
    await context.sync();
  });
  await expect(attempt).rejects.toMatchObject({ code: "ItemNotFound", debugInfo: { statement: "range1.values = ...;" } }); // the second range, not the first
});
