/** The portfolio's CSV files: tidy, quoted as RFC 4180 says, safe to open in a spreadsheet, with stable column names. */
import { BOM, defuse, tableCsv } from "../../../../src/domain/portfolio/csv";
import { DISTRICTS_TABLE, FINDINGS_TABLE, RATINGS_TABLE, type Table } from "../../../../src/domain/portfolio/tables";

interface Row {
  name: string;
  n?: number;
  on?: string;
  ok: boolean;
}

const TABLE: Table<Row> = {
  sheet: "T",
  csvFile: "t.csv",
  columns: [
    { csv: "name", header: "Name", kind: "text", width: 10, get: (r) => r.name },
    { csv: "n", header: "N", kind: "number", width: 5, get: (r) => r.n },
    { csv: "on", header: "On", kind: "date", width: 5, get: (r) => r.on },
    { csv: "ok", header: "OK", kind: "boolean", width: 5, get: (r) => r.ok },
  ],
};

const lines = (csv: string) => csv.slice(BOM.length).split("\r\n");

test("a header row of the column names, one line per row ending CRLF, UTF-8 with a byte-order mark", () => {
  const csv = tableCsv(TABLE, [
    { name: "Élan Valley", n: 3, on: "2027-03-10", ok: true },
    { name: "", ok: false },
  ]);
  expect(csv.startsWith("\uFEFFname,n,on,ok\r\n")).toBe(true);
  expect(lines(csv)).toEqual(["name,n,on,ok", "Élan Valley,3,2027-03-10,true", ",,,false", ""]);
});

test("commas, quotes, line breaks and edge spaces are quoted, quotes doubled", () => {
  const csv = tableCsv(TABLE, [
    { name: 'Say "by June", then\r\nmeasure', ok: true },
    { name: " padded", ok: true },
  ]);
  expect(csv).toContain('"Say ""by June"", then\r\nmeasure",,,true');
  expect(csv).toContain('" padded",,,true');
});

test.each(['=HYPERLINK("http://x")', "+33%", "-2 students", "@SUM(A1)", "\tTab", "\rCR"])("text starting %j is defused with an apostrophe", (text) => {
  expect(defuse(text)).toBe(`'${text}`);
  const field = lines(tableCsv(TABLE, [{ name: text, ok: true }]))[1];
  expect(field.replace(/^"|",,,true$|,,,true$/g, "").startsWith("'")).toBe(true);
});

test("numbers stay numbers (a negative is not defused) and plain text is untouched", () => {
  expect(lines(tableCsv(TABLE, [{ name: "Plain", n: -3, ok: false }]))[1]).toBe("Plain,-3,,false");
  expect(defuse("Plain = fine")).toBe("Plain = fine");
});

test("the public column names (docs/portfolio.md) do not change", () => {
  expect(RATINGS_TABLE.columns.map((c) => c.csv)).toEqual([
    "district",
    "file",
    "objective",
    "initiative",
    "description",
    "period",
    "process",
    "process_rank",
    "process_evidence",
    "performance",
    "performance_rank",
    "performance_evidence",
    "rated_on",
  ]);
  expect(FINDINGS_TABLE.columns.map((c) => c.csv)).toEqual(["district", "file", "sheet", "cell", "rule", "severity", "message"]);
  expect(DISTRICTS_TABLE.columns.map((c) => c.csv)).toEqual([
    "district",
    "school_year",
    "file",
    "objectives",
    "initiatives",
    "period",
    "process_problematic",
    "process_technical",
    "process_practices_in_place",
    "process_fully_embedded",
    "process_not_rated",
    "process_not_a_level",
    "process_lowest",
    "process_lowest_at",
    "performance_not_reached",
    "performance_partially_reached",
    "performance_reached",
    "performance_high_consistently",
    "performance_not_rated",
    "performance_not_a_level",
    "performance_lowest",
    "performance_lowest_at",
    "activities_overdue",
    "activities_due_this_month",
    "check_errors",
    "check_warnings",
    "check_notes",
    "check_findings_by_rule",
    "last_highlight_discussion",
    "coverage_rule_met",
    "not_discussed",
    "last_self_assessment",
  ]);
  for (const t of [DISTRICTS_TABLE, RATINGS_TABLE, FINDINGS_TABLE]) expect(new Set(t.columns.map((c) => c.csv)).size).toBe(t.columns.length);
});
