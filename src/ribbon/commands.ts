/**
 * The AIP ribbon tab's function commands (manifest FunctionFile: commands.html).
 * "Refresh quarters" rebuilds the four quarter tabs from every strategy sheet's activities.
 */
import { refreshQuarters } from "../commands/refreshQuarters";
import { errorMessage } from "../taskpane/errorMessage";
import { OfficeWorkbook } from "../workbook/office/OfficeWorkbook";
import { showMessage } from "./messageDialog";

/**
 * Runs refreshQuarters and always completes the event, or Excel shows the button as busy forever;
 * after a failure, only once the person has closed the message (messageDialog.ts).
 */
async function refreshQuarterTabs(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await refreshQuarters(new OfficeWorkbook((batch) => Excel.run(batch)));
  } catch (error) {
    await showMessage(Office.context.ui, new URL("message.html", window.location.href).toString(), "Quarter tabs were not refreshed", errorMessage(error));
  } finally {
    event.completed();
  }
}

void Office.onReady(() => {
  Office.actions.associate("refreshQuarterTabs", refreshQuarterTabs);
});
