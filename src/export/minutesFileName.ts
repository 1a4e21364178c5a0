/** The Word file's name for a minutes sheet (kept apart from minutesDocx.ts so the pane's main bundle needs no docx). */
export function minutesDocxFileName(m: { date: string; seq: number }): string {
  return `Highlight Discussion Minutes ${m.date}${m.seq > 1 ? ` (${m.seq})` : ""}.docx`;
}
