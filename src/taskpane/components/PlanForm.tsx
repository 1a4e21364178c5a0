/** The short "New plan" form: district, date, school year, objectives and their initiatives. */
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { fieldId, validation } from "../formProblems";
import { emptyObjective, emptyPlanDraft, type ObjectiveDraft, type PlanDraft } from "../planDraft";
import { ObjectiveFields } from "./ObjectiveFields";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  addObjective: { alignSelf: "flex-start" },
});

export interface PlanFormProps {
  busy: boolean;
  /** What is wrong, by field path ("district", "objectives[0].title"): shown on the field. */
  problems: Readonly<Record<string, string>>;
  onSubmit: (draft: PlanDraft) => void;
}

export function PlanForm({ busy, problems, onSubmit }: PlanFormProps) {
  const styles = useStyles();
  // The form keeps what was typed after a failed attempt, so nothing has to be typed twice.
  const [draft, setDraft] = useState<PlanDraft>(() => emptyPlanDraft(new Date()));
  const set = (patch: Partial<PlanDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const setObjective = (index: number, next: ObjectiveDraft) =>
    setDraft((d) => ({ ...d, objectives: d.objectives.map((o, k) => (k === index ? next : o)) }));
  const removeObjective = (index: number) => setDraft((d) => ({ ...d, objectives: d.objectives.filter((_, k) => k !== index) }));

  return (
    <form
      className={styles.form}
      aria-label="New plan form"
      // The pane checks the form and puts each message on its field; the browser's own bubbles would bypass that.
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(draft);
      }}
    >
      <Field label="District" required hint="As it should appear on the plan, e.g. Riverton Public Schools" {...validation(problems, "district")}>
        <Input id={fieldId("district")} value={draft.district} disabled={busy} onChange={(_, d) => set({ district: d.value })} />
      </Field>
      <Field label="Plan date" required {...validation(problems, "date")}>
        <Input id={fieldId("date")} type="date" value={draft.date} disabled={busy} onChange={(_, d) => set({ date: d.value })} />
      </Field>
      <Field label="School year start year" required hint="2026 means the school year 2026-27" {...validation(problems, "schoolYear")}>
        <Input
          id={fieldId("schoolYear")}
          inputMode="numeric"
          value={draft.schoolYear}
          disabled={busy}
          onChange={(_, d) => set({ schoolYear: d.value })}
        />
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
      <Button
        className={styles.addObjective}
        disabled={busy}
        onClick={() => setDraft((d) => ({ ...d, objectives: [...d.objectives, emptyObjective()] }))}
      >
        Add an objective
      </Button>
      <Button type="submit" appearance="primary" disabled={busy}>
        Create plan
      </Button>
    </form>
  );
}
