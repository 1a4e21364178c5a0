/** Task pane entry: waits for Office, then renders the pane inside Fluent UI's light theme. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { openWorkbook } from "./workbook";

const container = document.getElementById("container");

function render() {
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App port={openWorkbook()} />
    </FluentProvider>,
  );
}

function showStartupError(error: unknown) {
  if (!container) return;
  container.textContent = `AIP Planner could not start: ${error instanceof Error ? error.message : String(error)}. Close the pane and open it again from the AIP tab.`;
}

// Office.onReady resolves inside Excel (and, with no host, in a plain browser), so the pane never waits forever.
Office.onReady()
  .then(render)
  .catch(showStartupError);
