/** What the Check page shows: findings filtered by severity, initiative and text, grouped for reading. */
import { SEVERITIES, type Finding, type Severity } from "../../../checks/types";

export const PLAN_KEY = "plan";

export interface FindingFilter {
  severity: Severity | "all";
  /** "all", PLAN_KEY, or an initiative number such as "1.2". */
  initiative: string;
  /** Words that must all appear in the message, suggestion, rule, sheet or cell (any case). */
  text: string;
}

export const NO_FILTER: FindingFilter = { severity: "all", initiative: "all", text: "" };

export function initiativeKey(f: Finding): string {
  return f.initiative ? `${f.initiative.o}.${f.initiative.i}` : PLAN_KEY;
}

export function initiativeLabel(key: string): string {
  return key === PLAN_KEY ? "Plan" : `Initiative ${key}`;
}

export const SEVERITY_TITLES: Record<Severity, { one: string; many: string }> = {
  error: { one: "Error", many: "Errors" },
  warning: { one: "Warning", many: "Warnings" },
  note: { one: "Note", many: "Notes" },
};

export function filterFindings(findings: readonly Finding[], filter: FindingFilter): Finding[] {
  const words = filter.text
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== "");
  return findings.filter((f) => {
    if (filter.severity !== "all" && f.severity !== filter.severity) return false;
    if (filter.initiative !== "all" && initiativeKey(f) !== filter.initiative) return false;
    if (words.length === 0) return true;
    const haystack = [f.message, f.suggestion ?? "", f.rule, f.sheet, f.cell].join(" ").toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}

export interface SeverityGroup {
  severity: Severity;
  findings: Finding[];
}

export interface InitiativeGroup {
  key: string;
  label: string;
  severities: SeverityGroup[];
  count: number;
}

/** Plan first, then initiatives in plan order; inside each, errors, warnings, notes. */
export function groupFindings(findings: readonly Finding[]): InitiativeGroup[] {
  const byKey = new Map<string, Finding[]>();
  for (const f of findings) byKey.set(initiativeKey(f), [...(byKey.get(initiativeKey(f)) ?? []), f]);
  return [...byKey.keys()].sort(compareKeys).map((key) => {
    const list = byKey.get(key) ?? [];
    return {
      key,
      label: initiativeLabel(key),
      count: list.length,
      severities: SEVERITIES.map((severity) => ({ severity, findings: list.filter((f) => f.severity === severity) })).filter((g) => g.findings.length > 0),
    };
  });
}

/** The initiative choices for the filter: every group that has findings, in plan order. */
export function initiativeChoices(findings: readonly Finding[]): string[] {
  return [...new Set(findings.map(initiativeKey))].sort(compareKeys);
}

function compareKeys(a: string, b: string): number {
  if (a === b) return 0;
  if (a === PLAN_KEY) return -1;
  if (b === PLAN_KEY) return 1;
  const [ao, ai] = a.split(".").map(Number);
  const [bo, bi] = b.split(".").map(Number);
  return ao - bo || ai - bi;
}
