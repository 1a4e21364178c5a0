/**
 * The review round of a Quarterly Progress Report and of the Summative Report (SPEC.md §6.2 steps
 * 3–8, §9.1): the Monitor drafts it, the superintendent reviews the draft for factual corrections,
 * then the Monitor and the state publish it. Each step has a date; the status is what a person
 * chose in the report's dropdown.
 */

export const REVIEW_STATUSES = ["draft", "in-review", "published"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** The words of the status dropdown, in the order the steps happen. */
export const REVIEW_LABELS: Record<ReviewStatus, string> = { draft: "Draft", "in-review": "In factual review", published: "Published" };

/** The label of each step's date cell. */
export const REVIEW_STEP_LABELS: Record<ReviewStatus, string> = {
  draft: "Drafted on",
  "in-review": "Sent for factual review on",
  published: "Published on",
};

/** A status as typed or chosen: its label or key, any case and spacing; undefined when it is neither. */
export function reviewStatusOf(text: string): ReviewStatus | undefined {
  const t = text.trim().toLowerCase().replace(/\s+/g, " ");
  return REVIEW_STATUSES.find((s) => s === t || REVIEW_LABELS[s].toLowerCase() === t);
}
