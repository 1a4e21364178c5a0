/** What "Create" on the New plan page runs, in a chunk of its own: loaded on the first click, not in the pane's first load. */
export { newPlan } from "../commands/newPlan";
export { parsePlan } from "../domain/validate";
