/** "New plan": build the plan workbook from the sample plan, the practice plan or the short form. */
import { Button, Radio, RadioGroup, Field, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { newPlan } from "../../commands/newPlan";
import type { Plan } from "../../domain/plan";
import { PlanError, parsePlan } from "../../domain/validate";
import { fieldId, formProblems, problemFromPlanError, type FieldProblem } from "../formProblems";
import type { Outcome } from "../hooks/useAction";
import type { PanelProps } from "../pages";
import { planFromDraft, type PlanDraft } from "../planDraft";
import { SAMPLE_PLAN } from "../samplePlan";
import { PlanForm } from "./PlanForm";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

type Source = "sample" | "form";

export function NewPlanPanel({ port, action }: PanelProps) {
  const styles = useStyles();
  const [source, setSource] = useState<Source>("sample");
  const [problems, setProblems] = useState<Record<string, string>>({});

  /** Builds the workbook from a plan that is already valid. */
  const create = (plan: Plan) =>
    action.run(
      "Creating the plan workbook…",
      async (): Promise<Outcome> => {
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

  /** Nothing is written unless the form is right; otherwise each problem sits on its field and the first takes the focus. */
  const submitForm = (draft: PlanDraft) => {
    let found: FieldProblem[] = formProblems(draft);
    let plan: Plan | undefined;
    if (found.length === 0) {
      try {
        plan = planFromDraft(draft);
      } catch (error) {
        const problem = error instanceof PlanError ? problemFromPlanError(error) : undefined;
        if (!problem) throw error;
        found = [problem];
      }
    }
    setProblems(Object.fromEntries(found.map((p) => [p.path, p.message])));
    if (!plan) {
      action.clear();
      window.setTimeout(() => document.getElementById(fieldId(found[0].path))?.focus(), 0);
      return;
    }
    void create(plan);
  };

  return (
    <section className={styles.panel} aria-label="New plan">
      <Field label="How do you want to start?">
        <RadioGroup value={source} disabled={action.busy} onChange={(_, d) => setSource(d.value as Source)}>
          <Radio value="sample" label="Start from the sample plan" />
          <Radio value="form" label="Fill in a short form" />
        </RadioGroup>
      </Field>
      {source === "sample" ? (
        <>
          <Text>
            The sample is a fictional district&apos;s complete plan (Riverton Public Schools): objectives, initiatives, benchmarks, activities and
            ratings, written the way a good plan is. Use it to see how the workbook works, then replace its text with your own.
          </Text>
          <Button appearance="primary" disabled={action.busy} onClick={() => void create(parsePlan(SAMPLE_PLAN))}>
            Create the sample plan
          </Button>
        </>
      ) : (
        <PlanForm busy={action.busy} problems={problems} onSubmit={submitForm} />
      )}
    </section>
  );
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
