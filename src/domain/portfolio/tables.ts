/**
 * The portfolio's three tables, column by column: one definition for the workbook's sheets and for
 * the CSV files, so both hold the same columns in the same order. The `csv` names are a public
 * contract (docs/portfolio.md "CSV files"): Power BI and Power Query refresh by them. Add columns at
 * the end; never rename one.
 */
import type { ScaleKey } from "../rollup";
import type { DistrictRow, FindingRow, RatingRow } from "./rows";

/** How a column's value is shown: dates are ISO dates (the sheet shows them as Excel dates). */
export type ColumnKind = "text" | "number" | "date" | "boolean";
export type TableValue = string | number | boolean | undefined;

export interface Column<R> {
  /** The CSV header: lower_snake_case, stable. */
  csv: string;
  /** The sheet's header, for people. */
  header: string;
  kind: ColumnKind;
  /** Column width on the sheet, in characters. */
  width: number;
  get(row: R): TableValue;
}

export interface Table<R> {
  /** The sheet's tab and the CSV file's base name. */
  sheet: string;
  csvFile: string;
  columns: Column<R>[];
}

const text = <R>(csv: string, header: string, width: number, get: (r: R) => TableValue): Column<R> => ({ csv, header, kind: "text", width, get });
const num = <R>(csv: string, header: string, width: number, get: (r: R) => TableValue): Column<R> => ({ csv, header, kind: "number", width, get });
const date = <R>(csv: string, header: string, width: number, get: (r: R) => TableValue): Column<R> => ({ csv, header, kind: "date", width, get });
const bool = <R>(csv: string, header: string, width: number, get: (r: R) => TableValue): Column<R> => ({ csv, header, kind: "boolean", width, get });

/** Short level names for headers and CSV columns, lowest first (full names are on the Ratings sheet). */
export const LEVEL_KEYS: Record<ScaleKey, { csv: string; header: string }[]> = {
  process: [
    { csv: "problematic", header: "Problematic / At-Risk" },
    { csv: "technical", header: "Technical Implementation" },
    { csv: "practices_in_place", header: "Practices in Place" },
    { csv: "fully_embedded", header: "Fully Embedded" },
  ],
  performance: [
    { csv: "not_reached", header: "Goals Not Reached" },
    { csv: "partially_reached", header: "Partially Reached" },
    { csv: "reached", header: "Reached" },
    { csv: "high_consistently", header: "High Goals Consistently" },
  ],
};

const SCALE_WORD: Record<ScaleKey, string> = { process: "Process", performance: "Performance" };

function scaleColumns(key: ScaleKey): Column<DistrictRow>[] {
  const word = SCALE_WORD[key];
  return [
    ...LEVEL_KEYS[key].map((level, k) => num<DistrictRow>(`${key}_${level.csv}`, `${word}: ${level.header}`, 13, (r) => r.scales[key].levels[k])),
    num<DistrictRow>(`${key}_not_rated`, `${word}: not rated`, 10, (r) => r.scales[key].notRated),
    num<DistrictRow>(`${key}_not_a_level`, `${word}: not a scale level`, 10, (r) => r.scales[key].notALevel),
    text<DistrictRow>(`${key}_lowest`, `Lowest ${key}`, 34, (r) => r.scales[key].lowest),
    text<DistrictRow>(`${key}_lowest_at`, `Lowest ${key}: initiatives`, 14, (r) => r.scales[key].lowestAt),
  ];
}

export const DISTRICTS_TABLE: Table<DistrictRow> = {
  sheet: "Districts",
  csvFile: "districts.csv",
  columns: [
    text("district", "District", 28, (r) => r.district),
    text("school_year", "School year", 11, (r) => r.schoolYear),
    text("file", "File", 30, (r) => r.file),
    num("objectives", "Objectives", 10, (r) => r.objectives),
    num("initiatives", "Initiatives", 10, (r) => r.initiatives),
    text("period", "QPR period", 8, (r) => r.period),
    ...scaleColumns("process"),
    ...scaleColumns("performance"),
    num("activities_overdue", "Activities overdue", 10, (r) => r.overdue),
    num("activities_due_this_month", "Activities due this month", 10, (r) => r.dueThisMonth),
    num("check_errors", "Check errors", 9, (r) => r.counts.error),
    num("check_warnings", "Check warnings", 9, (r) => r.counts.warning),
    num("check_notes", "Check notes", 9, (r) => r.counts.note),
    text("check_findings_by_rule", "Findings by rule", 40, (r) => r.byRule),
    date("last_highlight_discussion", "Last Highlight Discussion", 12, (r) => r.lastDiscussion),
    text("coverage_rule_met", "Three-month coverage met", 11, (r) => r.coverage),
    text("not_discussed", "Not discussed in the last three months", 16, (r) => r.notDiscussed),
    date("last_self_assessment", "Latest self-assessment", 12, (r) => r.lastSelfAssessment),
  ],
};

export const RATINGS_TABLE: Table<RatingRow> = {
  sheet: "Ratings",
  csvFile: "ratings.csv",
  columns: [
    text("district", "District", 28, (r) => r.district),
    text("file", "File", 30, (r) => r.file),
    num("objective", "Objective", 9, (r) => r.objective),
    text("initiative", "Initiative", 9, (r) => r.initiative),
    text("description", "Initiative description", 40, (r) => r.description),
    text("period", "QPR period", 8, (r) => r.period),
    text("process", "Process rating", 28, (r) => r.process),
    num("process_rank", "Process rank (1-4)", 9, (r) => r.processRank),
    bool("process_evidence", "Process evidence", 9, (r) => r.processEvidence),
    text("performance", "Performance rating", 28, (r) => r.performance),
    num("performance_rank", "Performance rank (1-4)", 11, (r) => r.performanceRank),
    bool("performance_evidence", "Performance evidence", 11, (r) => r.performanceEvidence),
    date("rated_on", "Date rated", 11, (r) => r.ratedOn),
  ],
};

export const FINDINGS_TABLE: Table<FindingRow> = {
  sheet: "Findings",
  csvFile: "findings.csv",
  columns: [
    text("district", "District", 28, (r) => r.district),
    text("file", "File", 30, (r) => r.file),
    text("sheet", "Sheet", 18, (r) => r.sheet),
    text("cell", "Cell", 8, (r) => r.cell),
    text("rule", "Rule", 20, (r) => r.rule),
    text("severity", "Severity", 9, (r) => r.severity),
    text("message", "Message", 70, (r) => r.message),
  ],
};
