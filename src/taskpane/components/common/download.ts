/** Saving a Word document from the pane: a download, or on Excel for Mac the person's browser. */
import { wordBlob, type WordPayload } from "../../wordDocuments";

/** Saves a Blob as a file from the pane (a download in Excel on the web, on Windows and in the browser). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** What the pane knows of its host: Office.context.platform and Office.context.ui. */
export interface SaveHost {
  platform?: string;
  openBrowserWindow?: (url: string) => void;
}

export type SaveResult = { saved: "download" } | { saved: "browser" } | { saved: "no"; why: string };

/** The pane's host, as saveWordDocument needs it. */
export function officeHost(): SaveHost {
  return { platform: String(Office.context.platform ?? ""), openBrowserWindow: Office.context.ui?.openBrowserWindow?.bind(Office.context.ui) };
}

/** The add-in's own page that saves a Word document in the browser. */
export function wordPageUrl(): string {
  return new URL("word-download.html", window.location.href).toString();
}

/**
 * Excel for Mac (desktop) runs the pane in a WKWebView that silently ignores downloads (office-js
 * issues 2700 and 4681, closed "by design"; Microsoft's workaround: Office.context.ui.openBrowserWindow
 * with a page of the add-in's own, which makes the file in the real browser). There the document
 * opens in the browser, on word-download.html with what it is made from in the URL's fragment
 * (never sent to any server), which builds the same Word document and saves it.
 */
export async function saveWordDocument(host: SaveHost, payload: WordPayload, fileName: string, pageUrl: string, make = wordBlob): Promise<SaveResult> {
  if (host.platform !== "Mac") {
    downloadBlob(await make(payload), fileName);
    return { saved: "download" };
  }
  if (!host.openBrowserWindow) {
    return {
      saved: "no",
      why: "This version of Excel for Mac cannot save files from an add-in. Update Office (Help > Check for Updates), or make the document from Excel on the web or on Windows.",
    };
  }
  const url = new URL(pageUrl);
  url.hash = encodeURIComponent(JSON.stringify({ fileName, ...payload }));
  host.openBrowserWindow(url.toString());
  return { saved: "browser" };
}
