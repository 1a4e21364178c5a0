/**
 * word-download.html: opened in the person's browser by the pane on Excel for Mac, where the pane
 * itself cannot save files (components/common/download.ts). What the document is made from comes
 * in the URL's fragment; the page builds the Word document with the pane's own code and saves it.
 * A link without a kind is the minutes (the first document made this way).
 */
import { downloadBlob } from "./components/common/download";
import { wordBlob, WORD_TITLES, type WordPayload } from "./wordDocuments";

async function main(): Promise<void> {
  const status = document.getElementById("status")!;
  const title = document.getElementById("title")!;
  const button = document.getElementById("save") as HTMLButtonElement;
  try {
    const { fileName, ...rest } = JSON.parse(decodeURIComponent(location.hash.slice(1))) as { fileName: string; kind?: WordPayload["kind"] };
    const payload = { ...rest, kind: rest.kind ?? "minutes" } as WordPayload;
    title.textContent = WORD_TITLES[payload.kind] ?? title.textContent;
    const blob = await wordBlob(payload);
    status.textContent = `"${fileName}" is ready.`;
    button.hidden = false;
    button.onclick = () => downloadBlob(blob, fileName);
    downloadBlob(blob, fileName);
  } catch (e) {
    status.textContent = `The document could not be read from this link (${e instanceof Error ? e.message : String(e)}). Go back to Excel and choose the Word button again.`;
  }
}

void main();
