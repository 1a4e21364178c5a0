/**
 * "New plan": build the plan workbook from the sample plan, the practice plan or the short form.
 * The form and the code that builds the workbook load on request: the pane's first load holds
 * only this page's choices.
 */
import { Button, Radio, RadioGroup, Field, Text, makeStyles, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useState } from "react";
import type { Plan } from "../../domain/plan";
import { loadExamplePlan, type ExamplePlan } from "../examplePlans";
import type { Outcome } from "../hooks/useAction";
import type { PanelProps } from "../pages";

const PlanForm = lazy(() => import(/* webpackChunkName: "plan-form" */ "./PlanForm").then((m) => ({ default: m.PlanForm })));
const work = () => import(/* webpackChunkName: "new-plan" */ "../newPlanWork");

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

type Source = ExamplePlan | "form";

const EXAMPLES: Record<ExamplePlan, { button: string; about: string }> = {
  sample: {
    button: "Create the sample plan",
    about:
      "The sample is a fictional district's complete plan (Riverton Public Schools): objectives, initiatives, benchmarks, activities and ratings, written the way a good plan is: Check finds nothing to fix in it. Use it to see how the workbook works, then replace its text with your own.",
  },
  practice: {
    button: "Create the practice plan",
    about:
      "The practice plan is the same plan with the mistakes plans often have: benchmarks without a date, a target or a source, a placeholder left in, two people as one lead, an activity that ends before it starts. Run Check on it to learn what Check finds and how to fix it. Do not copy it.",
  },
};

export function NewPlanPanel({ port, action }: PanelProps) {
  const styles = useStyles();
  const [source, setSource] = useState<Source>("sample");

  /** Builds the workbook from a plan (validated first: nothing is written unless it is valid). */
  const create = (readPlan: (parse: (raw: unknown) => Plan) => Promise<Plan>) =>
    action.run(
      "Creating the plan workbook…",
      async (): Promise<Outcome> => {
        const { newPlan, parsePlan } = await work();
        const plan = await readPlan(parsePlan);
        const made = await newPlan(port, plan);
        const planSheet = made.sheets.find((s) => s === "Plan") ?? made.sheets[0];
        return {
          intent: "success",
          title: "Plan created",
          message:
            `Added ${made.sheets.length} sheets for ${plan.district}: the Plan sheet, ${plural(made.initiatives, "strategy sheet")} ` +
            `(one per initiative), the quarter tabs and Lists.`,
          action: planSheet ? { label: `Go to the ${planSheet} sheet`, run: () => port.select(planSheet, "A1") } : undefined,
        };
      },
      "The plan was not created",
    );

  return (
    <section className={styles.panel} aria-label="New plan">
      <Field label="How do you want to start?">
        <RadioGroup value={source} disabled={action.busy} onChange={(_, d) => setSource(d.value as Source)}>
          <Radio value="sample" label="Start from the sample plan" />
          <Radio value="practice" label="Practice plan with common mistakes (to learn Check)" />
          <Radio value="form" label="Fill in a short form" />
        </RadioGroup>
      </Field>
      {source !== "form" ? (
        <>
          <Text>{EXAMPLES[source].about}</Text>
          <Button appearance="primary" disabled={action.busy} onClick={() => void create(async (parse) => parse(await loadExamplePlan(source)))}>
            {EXAMPLES[source].button}
          </Button>
        </>
      ) : (
        <Suspense fallback={<Text role="status">Opening the form…</Text>}>
          <PlanForm busy={action.busy} onPlan={(plan) => void create(async () => plan)} onInvalid={action.clear} />
        </Suspense>
      )}
    </section>
  );
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
