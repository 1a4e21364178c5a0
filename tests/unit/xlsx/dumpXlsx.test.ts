import { dumpXlsx, validationRanges } from "../../support/dumpXlsx";
import { built, reopen, sheet, JAN_15_2020 } from "../../support/xlsxHelpers";

describe("dumpXlsx", () => {
  test("dumps cells, formats, merges, validations, freeze and names in the neutral shape", async () => {
    const wb = await built(
      [
        sheet("It's plan", {
          blocks: [
            {
              at: "A1",
              cells: [
                ["Title", null, null],
                ["=typed", JAN_15_2020, { formula: "=B2+1" }],
                [true, 2.5, ""],
              ],
            },
          ],
          styles: [
            { range: "B2:C2", style: { numberFormat: "yyyy-mm-dd" } },
            { range: "A3", style: { bold: true, numberFormat: "General" } },
          ],
          merges: ["A1:C1"],
          validations: [
            { range: "D2:E3", source: "=AIP.List.Process" },
            { range: "D4", source: "AIP.List.Roster", allowOther: true },
          ],
          freeze: { rows: 1, columns: 0 },
        }),
        sheet("Lists"),
      ],
      [
        { name: "AIP.Date", sheet: "It's plan", range: "B2" },
        { name: "AIP.Block", sheet: "Lists", range: "A1:B3" },
      ],
    );
    const expected = {
      sheets: [
        {
          name: "It's plan",
          cells: {
            A1: { value: "Title" },
            A2: { value: "=typed" },
            B2: { value: JAN_15_2020, numberFormat: "yyyy-mm-dd" },
            C2: { formula: "=B2+1", numberFormat: "yyyy-mm-dd" },
            A3: { value: true },
            B3: { value: 2.5 },
          },
          merges: ["A1:C1"],
          validations: { "D2:E3": "=AIP.List.Process", D4: "=AIP.List.Roster" },
          freeze: { rows: 1, columns: 0 },
        },
        { name: "Lists", cells: {}, merges: [], validations: {} },
      ],
      names: { "AIP.Block": "'Lists'!$A$1:$B$3", "AIP.Date": "'It''s plan'!$B$2" },
    };
    expect(dumpXlsx(wb)).toEqual(expected);
    expect(dumpXlsx(await reopen(wb))).toEqual(expected); // the file holds the same
  });

  test("validation cells are grouped into rectangles, growing down first, then right", () => {
    const byCell = new Map<string, string>();
    for (const a of ["B2", "C2", "B3", "C3", "B4", "D9"]) byCell.set(a, "=L");
    byCell.set("C4", "=M");
    expect(validationRanges(byCell)).toEqual({ "B2:B4": "=L", "C2:C3": "=L", C4: "=M", D9: "=L" });
  });
});
