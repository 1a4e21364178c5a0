/**
 * A finding in the pane's words. The checker's messages about the workbook's defined names are
 * written for whoever repairs the file (name, Name Manager, `aip repair`); the pane says which
 * part of the plan the add-in can no longer find, and that Repair names on this page is the fix.
 * Everything else keeps its text, with developer words moved out (errorMessage.ts plainWords).
 * The original text and the rule's id are always kept for the "Details" toggle.
 */
import { WORKBOOK_NAMES } from "../../../checks/engine";
import type { Finding } from "../../../checks/types";
import { plainWords } from "../../errorMessage";

export interface PlainFinding {
  message: string;
  suggestion?: string;
  /** The checker's own words and the rule's id. */
  details: string;
}

const ON_SHEET = /^The defined name \S+ (?:is missing|is broken)[^;]*; it belongs on the sheet "(.+)" \((.+?)\), and the add-in/;
const SHEET_GONE = /^The defined name \S+ (?:is missing|is broken).*?, and (.+) it belongs on is not in this workbook\.$/;

function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function plainText(f: Finding): { message: string; suggestion?: string } {
  if (f.rule === WORKBOOK_NAMES) {
    const on = ON_SHEET.exec(f.message);
    if (on)
      return {
        message: `The add-in can no longer find the cells of ${on[2]} on the sheet "${on[1]}".`,
        suggestion: "Choose Repair names on this page: it finds them again from the sheet's labels and changes no value.",
      };
    const gone = SHEET_GONE.exec(f.message);
    if (gone)
      return {
        message: `${upperFirst(gone[1])} is not in this workbook any more, so the add-in cannot find its cells.`,
        suggestion: "Restore the sheet (Undo, or copy it back from a saved copy of the workbook), then choose Repair names.",
      };
  }
  return { message: plainWords(f.message), suggestion: f.suggestion && plainWords(f.suggestion) };
}

export function plainFinding(f: Finding): PlainFinding {
  const plain = plainText(f);
  const original = [plain.message !== f.message ? f.message : "", f.suggestion && plain.suggestion !== f.suggestion ? f.suggestion : ""].filter(Boolean);
  return { ...plain, details: [...original, `Rule: ${f.rule}`].join(" ") };
}
