/** An xlsx sheet's conditional formats in the in-memory Excel's shape (FakeExcel.conditionalFormats), top priority first. */
import { conditionalFormattings } from "../../src/workbook/xlsx/conditionalFormats";
import type { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";

export function xlsxFormats(wb: XlsxWorkbook, sheet: string): Array<Record<string, unknown>> {
  const ws = wb.book.getWorksheet(sheet)!;
  const hex = (c?: { argb?: string }) => (c?.argb ? `#${c.argb.slice(2)}` : undefined);
  return conditionalFormattings(ws)
    .flatMap((cf) => cf.rules.map((rule) => ({ cf, rule })))
    .sort((a, b) => a.rule.priority - b.rule.priority)
    .map(({ cf, rule }) => {
      const style = rule.style ?? {};
      const fill = style.fill && style.fill.type === "pattern" ? hex(style.fill.bgColor) : undefined;
      const out: Record<string, unknown> = { range: cf.ref, formula: `=${(rule as { formulae: string[] }).formulae[0]}` };
      if (fill) out.fill = fill;
      if (style.font?.color) out.fontColor = hex(style.font.color);
      if (style.font?.bold !== undefined) out.bold = style.font.bold;
      return out;
    });
}
