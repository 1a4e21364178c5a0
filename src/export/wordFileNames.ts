/** The Word files' names (kept apart from the builders so the pane's main bundle needs no docx). */
import { schoolYearLabel } from "../domain/calendar";
import type { QprReport, QprReview } from "./qprModel";

/** Characters Windows and macOS refuse in a file name become "-". */
function safe(name: string): string {
  return name.replace(/[\\/:*?"<>|]+/g, "-").trim();
}

export function planDocxFileName(plan: { district: string; schoolYear: number }): string {
  const year = plan.schoolYear > 0 ? ` ${schoolYearLabel(plan.schoolYear)}` : "";
  return safe(`${plan.district || "District"} Accelerated Improvement Plan${year}.docx`);
}

export function qprDocxFileName(report: Pick<QprReport, "district" | "publication">, review: QprReview): string {
  const draft = review.status === "published" ? "" : " (draft for factual review)";
  return safe(`${report.district || "District"} QPR ${report.publication}${draft}.docx`);
}

/** "summative-2026-27.docx" */
export function summativeDocxFileName(m: { startYear: number }): string {
  return `summative-${m.startYear}-${String((m.startYear + 1) % 100).padStart(2, "0")}.docx`;
}
