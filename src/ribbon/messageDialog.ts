/**
 * A function command has no UI of its own: a failure is shown in a small dialog, as text. The
 * command's event must stay open while the dialog does: Excel ends a function command's runtime
 * once event.completed() is called, which can take the dialog with it (Microsoft Learn, "Create
 * add-in commands": call completed() when the work, the dialog included, is done). So this
 * resolves only when the person closes the dialog (DialogEventReceived, code 12006) or when it
 * could not open at all.
 */
export type DialogUi = Pick<Office.UI, "displayDialogAsync">;

/** Office.EventType and AsyncResultStatus values as office.js defines them (strings), so Node tests need no Office global. */
const DIALOG_EVENT = "dialogEventReceived" as unknown as Office.EventType;
const DIALOG_MESSAGE = "dialogMessageReceived" as unknown as Office.EventType;

export function showMessage(ui: DialogUi, pageUrl: string, title: string, message: string): Promise<void> {
  const url = new URL(pageUrl);
  url.search = new URLSearchParams({ title, message }).toString();
  return new Promise((resolve) => {
    ui.displayDialogAsync(url.toString(), { height: 30, width: 35, displayInIframe: true }, (result) => {
      if ((result.status as unknown) === "failed") {
        console.error(`${title}: ${message}`);
        resolve();
        return;
      }
      const dialog = result.value;
      // Closed by the person (12006) or gone for another reason: either way the command is over.
      dialog.addEventHandler(DIALOG_EVENT, () => resolve());
      dialog.addEventHandler(DIALOG_MESSAGE, () => {
        dialog.close();
        resolve();
      });
    });
  });
}
