/** Saving a Word document from a pane page, and the outcome the page shows (the same words for every document). */
import type { Problem } from "../layout/read/readCells";
import { officeHost, saveWordDocument, wordPageUrl } from "./components/common/download";
import type { Outcome } from "./hooks/useAction";
import type { WordPayload } from "./wordDocuments";

/**
 * `what` finishes "…has been downloaded: " (e.g. "the plan in the Appendix C layout"); what
 * could not be read is counted in the message and listed, with its cells, behind Details.
 */
export async function saveAsWord(payload: WordPayload, fileName: string, what: string, problems: readonly Problem[] = []): Promise<Outcome> {
  const result = await saveWordDocument(officeHost(), payload, fileName, wordPageUrl());
  if (result.saved === "no") return { intent: "error", title: "Word document not saved", message: result.why };
  const n = problems.length;
  const look = n > 0 ? ` ${n} thing${n === 1 ? "" : "s"} could not be read as expected and ${n === 1 ? "was" : "were"} written as read: see Details.` : "";
  const more = n > 0 ? { intent: "warning" as const, details: problems.map((p) => `${p.where}: ${p.message}`).join("\n") } : { intent: "success" as const };
  if (result.saved === "browser") {
    return {
      ...more,
      title: "Word document opened in your browser",
      message: `Excel for Mac cannot save files from an add-in, so "${fileName}" opens in your browser: it saves it there (or choose Save the Word document).${look}`,
    };
  }
  return { ...more, title: "Word document ready", message: `"${fileName}" has been downloaded: ${what}.${look}` };
}
