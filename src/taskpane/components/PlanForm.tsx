/**
 * The short "New plan" form: district, date, school year, objectives and their initiatives. It
 * checks itself: each problem sits on its field (Fluent Field validation) and the focus goes to
 * the first; only a valid plan is handed on.
 */
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Plan } from "../../domain/plan";
import { PlanError } from "../../domain/validate";
import { fieldId, formProblems, problemFromPlanError, validation, type FieldProblem } from "../formProblems";
import { emptyObjective, emptyPlanDraft, planFromDraft, type ObjectiveDraft, type PlanDraft } from "../planDraft";
import { ObjectiveFields } from "./ObjectiveFields";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  addObjective: { alignSelf: "flex-start" },
});

export interface PlanFormProps {
  busy: boolean;
  /** A valid plan from the form. */
  onPlan: (plan: Plan) => void;
  /** The form has problems: nothing is created (the last outcome is cleared). */
  onInvalid: () => void;
}

/** The plan the form describes, or the problems that stop it, top to bottom. */
function readForm(draft: PlanDraft): { plan?: Plan; problems: FieldProblem[] } {
  const problems = formProblems(draft);
  if (problems.length > 0) return { problems };
  try {
    return { plan: planFromDraft(draft), problems: [] };
  } catch (error) {
    const problem = error instanceof PlanError ? problemFromPlanError(error) : undefined;
    if (!problem) throw error;
    return { problems: [problem] };
  }
}

export function PlanForm({ busy, onPlan, onInvalid }: PlanFormProps) {
  const styles = useStyles();
  // The form keeps what was typed after a failed attempt, so nothing has to be typed twice.
  const [draft, setDraft] = useState<PlanDraft>(() => emptyPlanDraft(new Date()));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const set = (patch: Partial<PlanDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const setObjective = (index: number, next: ObjectiveDraft) => setDraft((d) => ({ ...d, objectives: d.objectives.map((o, k) => (k === index ? next : o)) }));
  const removeObjective = (index: number) => setDraft((d) => ({ ...d, objectives: d.objectives.filter((_, k) => k !== index) }));

  const submit = () => {
    const read = readForm(draft);
    setProblems(Object.fromEntries(read.problems.map((p) => [p.path, p.message])));
    if (read.plan) return onPlan(read.plan);
    onInvalid();
    window.setTimeout(() => document.getElementById(fieldId(read.problems[0].path))?.focus(), 0);
  };

  return (
    <form
      className={styles.form}
      aria-label="New plan form"
      // The form puts each message on its field; the browser's own bubbles would bypass that.
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Field label="District" required hint="As it should appear on the plan, e.g. Riverton Public Schools" {...validation(problems, "district")}>
        <Input id={fieldId("district")} value={draft.district} disabled={busy} onChange={(_, d) => set({ district: d.value })} />
      </Field>
      <Field label="Plan date" required {...validation(problems, "date")}>
        <Input id={fieldId("date")} type="date" value={draft.date} disabled={busy} onChange={(_, d) => set({ date: d.value })} />
      </Field>
      <Field label="School year start year" required hint="2026 means the school year 2026-27" {...validation(problems, "schoolYear")}>
        <Input id={fieldId("schoolYear")} inputMode="numeric" value={draft.schoolYear} disabled={busy} onChange={(_, d) => set({ schoolYear: d.value })} />
      </Field>
      {draft.objectives.map((objective, index) => (
        <ObjectiveFields
          key={objective.key}
          number={index + 1}
          path={`objectives[${index}]`}
          problems={problems}
          value={objective}
          disabled={busy}
          onChange={(next) => setObjective(index, next)}
          onRemove={draft.objectives.length > 1 ? () => removeObjective(index) : undefined}
        />
      ))}
      <Button className={styles.addObjective} disabled={busy} onClick={() => setDraft((d) => ({ ...d, objectives: [...d.objectives, emptyObjective()] }))}>
        Add an objective
      </Button>
      <Button type="submit" appearance="primary" disabled={busy}>
        Create plan
      </Button>
    </form>
  );
}
