/** The ribbon's error dialog: the command's event stays open until the person closes the message. */
import { showMessage, type DialogUi } from "../../../src/ribbon/messageDialog";

function fakeUi(status: "succeeded" | "failed") {
  const handlers = new Map<string, () => void>();
  const opened: string[] = [];
  let closed = false;
  const ui: DialogUi = {
    displayDialogAsync: ((url: string, _options: unknown, callback: (r: unknown) => void) => {
      opened.push(url);
      const dialog = { addEventHandler: (type: string, h: () => void) => void handlers.set(type, h), close: () => void (closed = true) };
      callback({ status, value: dialog });
    }) as unknown as DialogUi["displayDialogAsync"],
  };
  return { ui, handlers, opened, isClosed: () => closed };
}

test("resolves only when the person closes the dialog, with the message passed as text in the query", async () => {
  const f = fakeUi("succeeded");
  let done = false;
  const shown = showMessage(f.ui, "https://localhost:3000/message.html", "Quarter tabs were not refreshed", "Sheet <b>1.1</b> is missing").then(() => (done = true));
  await Promise.resolve();
  expect(done).toBe(false);
  expect(new URL(f.opened[0]).searchParams.get("message")).toBe("Sheet <b>1.1</b> is missing");
  f.handlers.get("dialogEventReceived")!(); // 12006: closed by the person
  await shown;
  expect(done).toBe(true);
});

test("a message from the dialog closes it and resolves; a dialog that cannot open resolves at once", async () => {
  const f = fakeUi("succeeded");
  const shown = showMessage(f.ui, "https://localhost:3000/message.html", "t", "m");
  f.handlers.get("dialogMessageReceived")!();
  await shown;
  expect(f.isClosed()).toBe(true);
  const failed = fakeUi("failed");
  const spy = jest.spyOn(console, "error").mockImplementation(() => {});
  await showMessage(failed.ui, "https://localhost:3000/message.html", "t", "m");
  expect(spy).toHaveBeenCalledWith("t: m");
  spy.mockRestore();
});
