/**
 * The plans shipped in examples/, bundled so "New plan" needs no network, each in a chunk of its
 * own loaded on request (the pane's first load stays lean): the sample (an exemplary plan that
 * passes Check) and the practice plan (the same plan with the common mistakes, to learn Check on).
 */
export type ExamplePlan = "sample" | "practice";

/** The raw JSON value; validate it with parsePlan like any other input. */
export async function loadExamplePlan(which: ExamplePlan): Promise<unknown> {
  const json =
    which === "sample"
      ? await import(/* webpackChunkName: "sample-plan" */ "../../examples/sample-plan.json")
      : await import(/* webpackChunkName: "practice-plan" */ "../../examples/practice-plan.json");
  return json.default;
}
