/** Task pane entry: waits for Office, then renders the pane inside Fluent UI's light theme. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { openWorkbook } from "./workbook";

const container = document.getElementById("container");

function render(info: { host: Office.HostType | null }) {
  if (!container) return;
  // Opened in a plain browser there is no workbook to work on; say so rather than fail on a click.
  const outsideExcel = info.host !== Office.HostType.Excel && typeof Excel === "undefined";
  const port = openWorkbook();
  // Learn the workbook's tabs and names now, so each command reads in one round trip. A failure
  // here is not shown: the first command meets it again and reports it.
  if (!outsideExcel) void port.listSheets().catch(() => undefined);
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} outsideExcel={outsideExcel} />
    </FluentProvider>,
  );
}

function showStartupError(problem: string) {
  if (!container) return;
  container.textContent = `AIP Planner could not start: ${problem}. Close the pane and open it again from the AIP tab.`;
}

if (typeof Office === "undefined") {
  showStartupError("Office's script (office.js) did not load; check the network connection");
} else {
  // Office.onReady resolves inside Excel (and, with no host, in a plain browser), so the pane never waits forever.
  Office.onReady()
    .then(render)
    .catch((error: unknown) => showStartupError(error instanceof Error ? error.message : String(error)));
}
