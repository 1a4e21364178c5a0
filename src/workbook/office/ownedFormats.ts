/**
 * The add-in's own conditional formats on a sheet (spec.ts, OwnedFormats) in Excel: found by their
 * formula, so a person's formats, whatever their kind, are never touched. Excel offers no way to
 * remove one format by what it is without reading first: the formats are loaded in one request
 * (Range.conditionalFormats holds those intersecting the range, so the whole sheet's range holds
 * them all; customOrNullObject is a null object for a data bar or a cell-value rule, ExcelApi 1.6),
 * then ours are deleted one by one (ConditionalFormat.delete) and the new ones added in the write.
 */
import { ownedBy, type OwnedFormats } from "../spec";
import { CALL_BYTES, RANGE_BYTES, type Payload } from "./payload";
import { addConditionalFormat } from "./renderSheet";

/** Queues the read of every conditional format on the sheet, with the formula of each Custom one. */
export function loadFormats(ws: Excel.Worksheet): Excel.ConditionalFormatCollection {
  return ws.getRange().conditionalFormats.load("items/type,items/customOrNullObject/rule/formula");
}

/** Queues the removal of the owner's formats among those loaded, then the new ones. */
export async function replaceOwnedFormats(ws: Excel.Worksheet, loaded: Excel.ConditionalFormatCollection, owned: OwnedFormats, payload: Payload): Promise<void> {
  for (const cf of loaded.items) {
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
