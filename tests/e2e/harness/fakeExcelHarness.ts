/**
 * Browser harness for the e2e tests, injected before any page script (page.addInitScript).
 * Puts the strict in-memory Excel behind the production task pane:
 * - window.Excel is the fake's Excel namespace, and stays so: office.js may not replace it.
 * - office.js itself stays real (served from @microsoft/office-js); outside Office it leaves
 *   Office.context.requirements unset, so the fake's requirement sets are handed to it.
 * - window.__fakeExcel lets the test read the workbook (dump()) and the sync count.
 * The workbook starts as Excel's blank one does: one empty sheet, Sheet1.
 */
import { createFakeExcel } from "../../fakes/excel";

interface HarnessWindow {
  __fakeExcel?: ReturnType<typeof createFakeExcel>;
  Office?: { onReady?: () => Promise<unknown>; context?: { requirements?: unknown } };
}

const fake = createFakeExcel();
fake.addSheet("Sheet1"); // a new Excel workbook is never empty
const globals: Record<string, unknown> = {};
fake.installGlobals(globals);
const excel = globals.Excel;

Object.defineProperty(window, "Excel", {
  configurable: false,
  enumerable: true,
  get: () => excel,
  set: () => undefined, // ignore a host script's Excel: the in-memory one must stay in place
});
(window as unknown as HarnessWindow).__fakeExcel = fake;

document.addEventListener("DOMContentLoaded", () => {
  const office = (window as unknown as HarnessWindow).Office;
  if (!office?.onReady) return; // office.js did not load: the pane shows its own error
  void office.onReady().then(() => {
    if (office.context) office.context.requirements = { isSetSupported: fake.isSetSupported };
  });
});
