/**
 * What the checker reports, as plain data: the checker (src/checks) produces it, the Check Report
 * sheet, the pane and `aip check --json` show it. Rule ids and this shape are public.
 */
import type { InitiativeRef } from "./plan";

export type Severity = "error" | "warning" | "note";
export const SEVERITIES: readonly Severity[] = ["error", "warning", "note"];

/** One thing to fix, where it is. `cell` is an A1 address on `sheet` ("D14"), or "" for a workbook-level finding. */
export interface Finding {
  rule: string;
  severity: Severity;
  sheet: string;
  cell: string;
  message: string;
  /** A rewrite or next step the person can copy ("add a date: By <month>, …"). */
  suggestion?: string;
  /** The initiative the cell belongs to, for grouping in the pane; absent for plan-level findings. */
  initiative?: InitiativeRef;
}

export interface CheckResult {
  findings: Finding[];
  counts: Record<Severity, number>;
}
