/**
 * The AIP ribbon tab's function commands (manifest FunctionFile: commands.html).
 * "Refresh quarters" rebuilds the four quarter tabs from every strategy sheet's activities.
 */
import { refreshQuarters } from "../commands/refreshQuarters";
import { OfficeWorkbook } from "../workbook/office/OfficeWorkbook";

/** Runs refreshQuarters and always completes the event, or Excel shows the button as busy forever. */
async function refreshQuarterTabs(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const port = new OfficeWorkbook((batch) => Excel.run(batch));
    await refreshQuarters(port);
  } catch (error) {
    // A function command has no UI of its own; the pane's actions report errors in full.
    console.error("Refresh quarters failed:", error);
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate("refreshQuarterTabs", refreshQuarterTabs);
});
