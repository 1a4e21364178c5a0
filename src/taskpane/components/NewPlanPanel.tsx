/** "New plan": build the plan workbook from the sample plan or from the short form. */
import { Button, Radio, RadioGroup, Field, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { newPlan } from "../../commands/newPlan";
import { parsePlan } from "../../domain/validate";
import type { WorkbookPort } from "../../workbook/port";
import type { ActionState, Outcome } from "../hooks/useAction";
import { planFromDraft, type PlanDraft } from "../planDraft";
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

  const create = (input: unknown) =>
    action.run("Creating the plan workbook…", async (): Promise<Outcome> => {
      const plan = parsePlan(input); // throws a PlanError naming the field; nothing is written
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
          <Button appearance="primary" disabled={action.busy} onClick={() => void create(SAMPLE_PLAN)}>
            Create the sample plan
          </Button>
        </>
      ) : (
        <PlanForm busy={action.busy} onSubmit={(draft: PlanDraft) => void create(planFromDraft(draft))} />
      )}
    </section>
  );
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
