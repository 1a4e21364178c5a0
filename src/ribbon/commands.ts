/**
 * The AIP ribbon tab's function commands (manifest FunctionFile: commands.html).
 * "Refresh quarters" rebuilds the four quarter tabs from every strategy sheet's activities.
 */
import { refreshQuarters } from "../commands/refreshQuarters";
import { errorMessage } from "../taskpane/errorMessage";
import { OfficeWorkbook } from "../workbook/office/OfficeWorkbook";

/** Runs refreshQuarters and always completes the event, or Excel shows the button as busy forever. */
async function refreshQuarterTabs(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await refreshQuarters(new OfficeWorkbook((batch) => Excel.run(batch)));
  } catch (error) {
    showMessage("Quarter tabs were not refreshed", errorMessage(error));
  } finally {
    event.completed();
  }
}

/** A function command has no UI of its own: a failure is shown in a small dialog, as text. */
function showMessage(title: string, message: string): void {
  const url = new URL("message.html", window.location.href);
  url.search = new URLSearchParams({ title, message }).toString();
  Office.context.ui.displayDialogAsync(url.toString(), { height: 30, width: 35, displayInIframe: true }, (result) => {
    if (result.status === Office.AsyncResultStatus.Failed) console.error(`${title}: ${message}`);
  });
}

void Office.onReady(() => {
  Office.actions.associate("refreshQuarterTabs", refreshQuarterTabs);
});
