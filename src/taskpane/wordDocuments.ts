/**
 * The Word documents the pane makes, as data that can travel in a URL (the Excel for Mac path,
 * components/common/download.ts), and the one place that turns them into a .docx. Each builder
 * loads with import() when a Word button is pressed, so the docx library is never in the pane's
 * first load; webpack puts the library in one chunk they share.
 */
import type { Plan } from "../domain/plan";
import type { QprReport, QprReview } from "../export/qprModel";
import type { SummativeWord } from "../export/summativeWord";
import type { MinutesModel } from "../layout/read/readMinutes";

export type WordPayload =
  { kind: "minutes"; model: MinutesModel } | { kind: "plan"; model: Plan } | { kind: "qpr"; model: QprReport; review: QprReview } | { kind: "summative"; model: SummativeWord };

/** What each kind is called on the page that saves it. */
export const WORD_TITLES: Record<WordPayload["kind"], string> = {
  minutes: "Highlight Discussion Minutes",
  plan: "Accelerated Improvement Plan",
  qpr: "Quarterly Progress Report",
  summative: "Annual Summative Report",
};

export async function wordBlob(payload: WordPayload): Promise<Blob> {
  switch (payload.kind) {
    case "minutes":
      return (await import(/* webpackChunkName: "minutes-docx" */ "../export/minutesDocx")).minutesDocxBlob(payload.model);
    case "plan":
      return (await import(/* webpackChunkName: "plan-docx" */ "../export/planDocx")).planDocxBlob(payload.model);
    case "qpr":
      return (await import(/* webpackChunkName: "qpr-docx" */ "../export/qprDocx")).qprDocxBlob(payload.model, payload.review);
    case "summative":
      return (await import(/* webpackChunkName: "summative-docx" */ "../export/summativeDocx")).summativeDocxBlob(payload.model);
  }
}
