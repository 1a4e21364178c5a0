/**
 * minutes-download.html: opened in the person's browser by the pane on Excel for Mac, where the
 * pane itself cannot save files (components/minutes/download.ts). The minutes come in the URL's
 * fragment; the page builds the Word document with the pane's own code and saves it.
 */
import type { MinutesModel } from "../layout/read/readMinutes";
import { downloadBlob } from "./components/minutes/download";

async function main(): Promise<void> {
  const status = document.getElementById("status")!;
  const button = document.getElementById("save") as HTMLButtonElement;
  try {
    const { fileName, model } = JSON.parse(decodeURIComponent(location.hash.slice(1))) as { fileName: string; model: MinutesModel };
    // The same lazily loaded chunk as the pane's (one copy of the docx library in the build).
    const { minutesDocxBlob } = await import(/* webpackChunkName: "minutes-docx" */ "../export/minutesDocx");
    const blob = await minutesDocxBlob(model);
    status.textContent = `"${fileName}" is ready.`;
    button.hidden = false;
    button.onclick = () => downloadBlob(blob, fileName);
    downloadBlob(blob, fileName);
  } catch (e) {
    status.textContent = `The minutes could not be read from this link (${e instanceof Error ? e.message : String(e)}). Go back to Excel and choose Word document again.`;
  }
}

void main();
