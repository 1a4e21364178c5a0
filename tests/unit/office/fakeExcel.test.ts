/** The in-memory Excel is strict where real Excel is: these are the rules the adapter must follow. */
import { createFakeExcel } from "../../fakes/excel";

const code = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return "no error";
};

describe("in-memory Excel", () => {
  test("reading a property that was not loaded and synced throws PropertyNotLoaded", async () => {
    const fake = createFakeExcel();
    fake.addSheet("Plan");
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Plan").getRange("A1:B2");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([
        ["", ""],
        ["", ""],
      ]);
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      const named = context.workbook.names.getItemOrNullObject("Nope");
      expect(() => named.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test("writes are invisible before sync and happen at sync", async () => {
    const fake = createFakeExcel();
    fake.addSheet("Plan");
    fake.resetSyncCount();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Plan").getRange("A1").values = [["hello"]];
      expect(fake.getCell("Plan", "A1").value).toBe("");
      await context.sync();
      expect(fake.getCell("Plan", "A1").value).toBe("hello");
    });
    expect(fake.syncCount).toBe(1);
  });

  test("null in a values array leaves the cell as it is; empty text empties it", async () => {
    const fake = createFakeExcel();
    fake.addSheet("Plan");
    fake.setValue("Plan", "A1", "keep");
    fake.setValue("Plan", "B1", "drop");
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Plan").getRange("A1:B1").values = [[null, ""]];
      await context.sync();
    });
    expect(fake.getCell("Plan", "A1").value).toBe("keep");
    expect(fake.getCell("Plan", "B1").value).toBe("");
  });

  test("a bad entry refuses the whole array: nothing is half written", async () => {
    const fake = createFakeExcel();
    fake.addSheet("Plan");
    const failed = fake.run(async (context) => {
      context.workbook.worksheets.getItem("Plan").getRange("A1:B1").values = [["a", Number.NaN]];
      await context.sync();
    });
    await expect(failed).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(fake.getCell("Plan", "A1").value).toBe("");
  });

  test("a values array of the wrong shape is refused with InvalidArgument", async () => {
    const fake = createFakeExcel();
    fake.addSheet("Plan");
    const write = (values: unknown) =>
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Plan").getRange("A1:B2").values = values as string[][];
        await context.sync();
      });
    expect(await code(write([["a", "b"]]))).toBe("InvalidArgument");
    expect(await code(write([["a"], ["b"]]))).toBe("InvalidArgument");
    expect(await code(write("a"))).toBe("InvalidArgument");
    expect(
      await code(
        write([
          ["a", "b"],
          ["c", "d"],
        ]),
      ),
    ).toBe("no error");
  });

  test.each([["x".repeat(32)], ["a/b"], ["[x]"], ["a:b"], ["a*b"], ["a?b"], ["a\\b"], [""], ["  "], ["'quoted"], ["end'"], ["history"], ["PLAN"]])(
    "the sheet name %j is refused",
    async (name) => {
      const fake = createFakeExcel();
      fake.addSheet("Plan");
      const failed = await code(
        fake.run(async (context) => {
          context.workbook.worksheets.add(name);
          await context.sync();
        }),
      );
      expect(["InvalidArgument", "ItemAlreadyExists"]).toContain(failed);
    },
  );

  test("getItem of a missing sheet fails at sync; getItemOrNullObject reports a null object", async () => {
    const fake = createFakeExcel();
    fake.addSheet("Plan");
    await fake.run(async (context) => {
      const missing = context.workbook.worksheets.getItem("Gone");
      missing.load("name");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
      const nullSheet = context.workbook.worksheets.getItemOrNullObject("Gone").load("name");
      const present = context.workbook.worksheets.getItemOrNullObject("plan").load("name");
      await context.sync();
      expect(nullSheet.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect(present.name).toBe("Plan");
    });
  });

  test("strings are typed input: = makes a formula, an apostrophe keeps text, numbers are parsed", async () => {
    const fake = createFakeExcel();
    fake.addSheet("Plan");
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Plan").getRange("A1:F1");
      range.values = [["=1+1", "'=1+1", "12", "'12", "+x", "TRUE"]];
      const read = range.load("values, formulas");
      await context.sync();
      expect(read.formulas).toEqual([["=1+1", "=1+1", 12, "12", "=+x", true]]);
      expect(read.values).toEqual([[2, "=1+1", 12, "12", "#NAME?", true]]); // formulas read back their results
    });
    expect(fake.getCell("Plan", "A1")).toEqual({ value: "", formula: "=1+1", numberFormat: "General" });
    expect(fake.getCell("Plan", "B1").formula).toBeUndefined();
  });

  test("renaming a sheet updates formulas and names; deleting one breaks them", async () => {
    const fake = createFakeExcel();
    fake.addSheet("Plan");
    fake.addSheet("Data");
    fake.setFormula("Plan", "A1", "=Data!B2+'Data'!C3");
    await fake.run(async (context) => {
      context.workbook.names.add("AIP.Thing", "=Data!$B$2:$C$3");
      await context.sync();
    });
    fake.renameSheet("Data", "My data");
    expect(fake.getCell("Plan", "A1").formula).toBe("='My data'!B2+'My data'!C3");
    expect(fake.dump().names).toEqual({ "AIP.Thing": "'My data'!$B$2:$C$3" });
    await fake.run(async (context) => {
      const item = context.workbook.names.getItem("aip.thing").load("formula, type");
      await context.sync();
      expect(item.formula).toBe("='My data'!$B$2:$C$3");
      expect(item.type).toBe("Range");
    });
    fake.deleteSheet("My data");
    expect(fake.getCell("Plan", "A1").formula).toBe("=#REF!+#REF!");
    // Excel keeps the address of a name whose sheet is gone: Name Manager shows =#REF!$B$2:$C$3.
    expect(fake.dump().names).toEqual({ "AIP.Thing": "#REF!$B$2:$C$3" });
    await fake.run(async (context) => {
      const item = context.workbook.names.getItem("AIP.Thing").load("formula, type");
      await context.sync();
      expect(item.formula).toBe("=#REF!$B$2:$C$3");
      expect(item.type).toBe("Error");
    });
  });

  test("names: duplicates are refused, a null object cannot be deleted", async () => {
    const fake = createFakeExcel();
    fake.addSheet("Plan");
    const attempt = (batch: (context: Excel.RequestContext) => void) =>
      code(
        fake.run(async (context) => {
          batch(context);
          await context.sync();
        }),
      );
    expect(await attempt((c) => c.workbook.names.add("AIP.X", "=Plan!$A$1"))).toBe("no error");
    expect(await attempt((c) => c.workbook.names.add("aip.x", "=Plan!$A$2"))).toBe("ItemAlreadyExists");
    expect(await attempt((c) => c.workbook.names.getItemOrNullObject("AIP.Y").delete())).toBe("ItemNotFound");
    expect(await attempt((c) => c.workbook.names.add("A1", "=Plan!$A$1"))).toBe("InvalidArgument");
  });

  test("pageLayout fails at sync without ExcelApi 1.9", async () => {
    const old = createFakeExcel({ requirementSets: { ExcelApi: "1.8" } });
    old.addSheet("Plan");
    expect(old.isSetSupported("ExcelApi", "1.9")).toBe(false);
    expect(old.isSetSupported("ExcelApi", "1.8")).toBe(true);
    const failed = await code(
      old.run(async (context) => {
        context.workbook.worksheets.getItem("Plan").pageLayout.orientation = "Landscape";
        await context.sync();
      }),
    );
    expect(failed).toBe("ApiNotFound");
    expect(createFakeExcel().isSetSupported("ExcelApi", "1.10")).toBe(true);
  });

  test("horizontalPageBreaks holds manual breaks: add puts one above a range, each row once; removePageBreaks clears them; none above row 1; none without ExcelApi 1.9", async () => {
    const fake = createFakeExcel();
    fake.addSheet("Plan");
    await fake.run(async (context) => {
      const breaks = context.workbook.worksheets.getItem("Plan").horizontalPageBreaks;
      breaks.add("C12:D14");
      breaks.add("A5");
      breaks.add("B12");
      await context.sync();
    });
    expect(fake.rowBreaks("Plan")).toEqual([4, 11]);
    await fake.run(async (context) => {
      const breaks = context.workbook.worksheets.getItem("Plan").horizontalPageBreaks;
      breaks.removePageBreaks();
      breaks.add("A30");
      await context.sync();
    });
    expect(fake.rowBreaks("Plan")).toEqual([29]);
    fake.insertRows("Plan", 10, 3); // a person inserts rows above it: the break moves with its row
    expect(fake.rowBreaks("Plan")).toEqual([32]);
    fake.deleteRows("Plan", 33, 1); // and deletes the row it starts: gone with it
    expect(fake.rowBreaks("Plan")).toEqual([]);
    const aboveFirst = fake.run(async (context) => {
      context.workbook.worksheets.getItem("Plan").horizontalPageBreaks.add("A1");
      await context.sync();
    });
    expect(await code(aboveFirst)).toBe("InvalidArgument");
    const old = createFakeExcel({ requirementSets: { ExcelApi: "1.8" } });
    old.addSheet("Plan");
    const unsupported = old.run(async (context) => {
      context.workbook.worksheets.getItem("Plan").horizontalPageBreaks.removePageBreaks();
      await context.sync();
    });
    expect(await code(unsupported)).toBe("ApiNotFound");
  });

  test("proxies from an ended batch cannot be used", async () => {
    const fake = createFakeExcel();
    fake.addSheet("Plan");
    let kept: Excel.Range | undefined;
    await fake.run(async (context) => {
      kept = context.workbook.worksheets.getItem("Plan").getRange("A1");
    });
    expect(() => kept!.load("values")).toThrow(expect.objectContaining({ code: "InvalidObjectPath" }));
  });

  test("the dump lists non-empty cells, formats, merges, validations, freeze and names", async () => {
    const fake = createFakeExcel();
    fake.addSheet("Plan");
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Plan");
      const r = ws.getRange("A1:B2");
      r.formulas = [
        ["=B1", 45900],
        ["", null],
      ];
      r.numberFormat = [
        ["General", "m/d/yyyy"],
        ["@", "@"],
      ];
      ws.getRange("C1:D1").merge();
      context.workbook.names.add("AIP.List.Process", "=Plan!$F$1:$F$3"); // a list source must name something
      ws.getRange("E1:E3").dataValidation.rule = { list: { inCellDropDown: true, source: "=AIP.List.Process" } };
      ws.freezePanes.freezeRows(2);
      context.workbook.names.add("AIP.A", ws.getRange("A1:B2"));
      await context.sync();
    });
    expect(fake.dump()).toEqual({
      sheets: [
        {
          name: "Plan",
          cells: { A1: { formula: "=B1" }, B1: { value: 45900, numberFormat: "m/d/yyyy" } },
          merges: ["C1:D1"],
          validations: { "E1:E3": "=AIP.List.Process" },
          freeze: { rows: 2, columns: 0 },
        },
      ],
      names: { "AIP.A": "'Plan'!$A$1:$B$2", "AIP.List.Process": "'Plan'!$F$1:$F$3" },
    });
  });

  test("a dropdown whose source names nothing (yet) is refused, as Excel refuses a list source it cannot evaluate", async () => {
    const fake = createFakeExcel();
    fake.addSheet("Plan");
    const attempt = fake.run(async (context) => {
      context.workbook.worksheets.getItem("Plan").getRange("A1:A3").dataValidation.rule = { list: { inCellDropDown: true, source: "=AIP.List.Missing" } };
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("installGlobals gives the harness Excel.run and Office.onReady", async () => {
    const fake = createFakeExcel();
    const target: Record<string, unknown> = {};
    fake.installGlobals(target);
    const office = target.Office as {
      onReady: (cb: (i: unknown) => void) => Promise<{ host: string }>;
      context: { requirements: { isSetSupported: (n: string, v: string) => boolean } };
    };
    const seen: unknown[] = [];
    await expect(office.onReady((i) => seen.push(i))).resolves.toMatchObject({ host: "Excel" });
    expect(seen).toHaveLength(1);
    expect(office.context.requirements.isSetSupported("ExcelApi", "1.8")).toBe(true);
    expect(typeof (target.Excel as { run: unknown }).run).toBe("function");
  });
});
