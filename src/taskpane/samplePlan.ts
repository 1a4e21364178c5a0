/** The sample plan shipped in examples/, bundled so "Start from the sample plan" needs no network. */
import sample from "../../examples/sample-plan.json";

/** The raw JSON value; validate it with parsePlan like any other input. */
export const SAMPLE_PLAN: unknown = sample;
