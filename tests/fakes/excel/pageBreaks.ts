/**
 * worksheet.horizontalPageBreaks (Excel.PageBreakCollection, ExcelApi 1.9:
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagebreakcollection). It holds only
 * the manual breaks ("This collection only contains manual page breaks", Excel.Worksheet);
 * add(pageBreakRange) "adds a page break before the top-left cell of the range specified";
 * removePageBreaks() "resets all manual page breaks in the collection". The fake keeps each break
 * as the 0-based row it starts, once.
 */
import { FakeOfficeError } from "./errors";
import type { SheetData } from "./model";
import type { FakeRange } from "./range";
import { parseRect } from "./references";

type Queue = (fn: (s: SheetData) => void) => void;

export class FakePageBreakCollection {
  constructor(
    private readonly label: string,
    private readonly queue: Queue,
  ) {}

  /** Returns the new Excel.PageBreak; the fake's has none of its members (rowIndex, delete …), which the add-in does not use. */
  add(pageBreakRange: FakeRange | string): FakePageBreak {
    this.queue((s) => {
      const rect = typeof pageBreakRange === "string" ? parseRect(pageBreakRange, `${this.label}.horizontalPageBreaks.add`) : pageBreakRange.resolveTarget().rect;
      // Nothing prints above row 1, so a break there is no break: refused here, never relied on.
      if (rect.top === 0) throw new FakeOfficeError("InvalidArgument", `${this.label}: no page break can go above row 1.`);
      if (!s.rowBreaks.includes(rect.top)) s.rowBreaks = [...s.rowBreaks, rect.top].sort((a, b) => a - b);
    });
    return new FakePageBreak();
  }

  removePageBreaks(): void {
    this.queue((s) => (s.rowBreaks = []));
  }
}

export class FakePageBreak {}
