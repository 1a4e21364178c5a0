/**
 * The add-in's own conditional formats on a sheet (spec.ts, OwnedFormats) in Excel: found by their
 * formula, so a person's formats, whatever their kind, are never touched. Excel offers no way to
 * remove one format by what it is without reading first: the formats are loaded in one request
 * (Range.conditionalFormats holds those intersecting the range, so the whole sheet's range holds
 * them all; customOrNullObject is a null object for a data bar or a cell-value rule, ExcelApi 1.6),
 * then ours are deleted one by one (ConditionalFormat.delete) and the new ones added in the write.
 * A protected sheet (worksheet.protection, ExcelApi 1.2) is left as it is: Excel refuses any format
 * change there, and one refusal would fail the whole write.
 */
import { ownedBy, type OwnedFormats } from "../spec";
import { CALL_BYTES, RANGE_BYTES, type Payload } from "./payload";
import { addConditionalFormat } from "./renderSheet";

export interface LoadedFormats {
  formats: Excel.ConditionalFormatCollection;
  protection: Excel.WorksheetProtection;
}

/** Queues the read of every conditional format on the sheet, with the formula of each Custom one, and whether the sheet is protected. */
export function loadFormats(ws: Excel.Worksheet): LoadedFormats {
  return {
    formats: ws.getRange().conditionalFormats.load("items/type,items/customOrNullObject/rule/formula"),
    protection: ws.protection.load("protected"),
  };
}

/** Queues the removal of the owner's formats among those loaded, then the new ones; nothing on a protected sheet. */
export async function replaceOwnedFormats(ws: Excel.Worksheet, loaded: LoadedFormats, owned: OwnedFormats, payload: Payload): Promise<void> {
  if (loaded.protection.protected) return;
  for (const cf of loaded.formats.items) {
    const custom = cf.customOrNullObject;
    if (cf.type !== "Custom" || custom.isNullObject || !ownedBy(custom.rule.formula, owned.owner)) continue;
    await payload.reserve(CALL_BYTES * 2);
    cf.delete();
  }
  // Excel adds each format at the top priority: add the last first to keep the list's order.
  for (const f of [...owned.formats].reverse()) {
    if (!ownedBy(f.formula, owned.owner)) throw new Error(`Sheet "${owned.sheet}": the conditional format on ${f.range} (${f.formula}) is not the owner's (${owned.owner}).`);
    await payload.reserve(RANGE_BYTES + CALL_BYTES * 6 + f.formula.length);
    addConditionalFormat(ws.getRange(f.range), f);
  }
}
