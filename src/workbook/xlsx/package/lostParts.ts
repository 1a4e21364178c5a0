/**
 * What the merge cannot keep, refused before anything is written (never a silent drop): sheets
 * that are not worksheets (ExcelJS reads worksheets only, so a chart sheet or an Excel 4 macro
 * sheet would vanish from the tab list) and digital signatures (any change breaks them).
 */
import { WorkbookError } from "../../port";
import type { PackageMap } from "./packageMap";
import { relKind } from "./xmlParts";

const SHEET_KINDS: Record<string, string> = {
  chartsheet: "chart sheet",
  dialogsheet: "dialog sheet",
  xlMacrosheet: "Excel 4.0 macro sheet",
  xlIntlMacrosheet: "Excel 4.0 macro sheet",
};

const IN_EXCEL = "Run the command in Excel with the AIP add-in instead (it keeps everything), or keep a copy and remove it first.";

/** A worksheet missing from ExcelJS's output was removed through the workbook model on purpose; other sheet kinds never reach it. */
export function refuseLostParts(original: PackageMap): void {
  for (const sheet of original.sheets) {
    if (sheet.kind === "worksheet") continue;
    const what = SHEET_KINDS[sheet.kind] ?? `sheet (${sheet.kind})`;
    throw new WorkbookError(`The ${what} "${sheet.name}" (${sheet.path}) cannot be kept when aip saves this workbook, so nothing was saved. ${IN_EXCEL}`);
  }
  const signature = original.rootRels.find((r) => relKind(r.type) === "origin");
  if (signature) {
    throw new WorkbookError(
      `This workbook is digitally signed (${signature.target.replace(/^\//, "")}); saving any change would break the signature, so nothing was saved. ${IN_EXCEL}`,
    );
  }
}
