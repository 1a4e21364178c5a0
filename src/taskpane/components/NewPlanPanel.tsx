/** "New plan": build the plan workbook from the sample plan or from the short form. */
import { Button, Radio, RadioGroup, Field, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { newPlan } from "../../commands/newPlan";
import type { Plan } from "../../domain/plan";
import { PlanError, parsePlan } from "../../domain/validate";
import type { WorkbookPort } from "../../workbook/port";
import type { ActionState, Outcome } from "../hooks/useAction";
import { formFieldLabel, planFromDraft, type PlanDraft } from "../planDraft";
import { SAMPLE_PLAN } from "../samplePlan";
import { PlanForm } from "./PlanForm";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

type Source = "sample" | "form";

export interface NewPlanPanelProps {
  port: WorkbookPort;
  action: ActionState;
}

export function NewPlanPanel({ port, action }: NewPlanPanelProps) {
  const styles = useStyles();
  const [source, setSource] = useState<Source>("sample");

  /** Validates (nothing is written unless the plan is valid), then builds the workbook. */
  const create = (readPlan: () => Plan, fromForm: boolean) =>
    action.run("Creating the plan workbook…", async (): Promise<Outcome> => {
      let plan: Plan;
      try {
        plan = readPlan();
      } catch (error) {
        // From the form, name the field by its label too; the message keeps the plan's own words.
        if (!(error instanceof PlanError)) throw error;
        const field = fromForm ? formFieldLabel(error.path) : undefined;
        if (!field) throw error;
        return { intent: "error", title: `Please check ${field}`, message: error.message };
      }
      const made = await newPlan(port, plan);
      const planSheet = made.sheets.find((s) => s === "Plan") ?? made.sheets[0];
      return {
        intent: "success",
        title: "Plan created",
        message:
          `Added ${made.sheets.length} sheets for ${plan.district}: the Plan sheet, ${plural(made.initiatives, "strategy sheet")} ` +
          `(one per initiative), the quarter tabs and Lists, with ${plural(made.names, "named cell")}.`,
        action: planSheet ? { label: `Go to the ${planSheet} sheet`, run: () => port.select(planSheet, "A1") } : undefined,
      };
    });

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
            The sample is a fictional district&apos;s complete plan (Riverton Public Schools): objectives, initiatives, activities and
            ratings. Use it to see how the workbook works, then replace its text with your own.
          </Text>
          <Button appearance="primary" disabled={action.busy} onClick={() => void create(() => parsePlan(SAMPLE_PLAN), false)}>
            Create the sample plan
          </Button>
        </>
      ) : (
        <PlanForm busy={action.busy} onSubmit={(draft: PlanDraft) => void create(() => planFromDraft(draft), true)} />
      )}
    </section>
  );
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
