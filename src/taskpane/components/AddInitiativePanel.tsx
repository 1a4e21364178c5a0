/**
 * "Add initiative": pick an objective from the workbook (or start a new one), describe the
 * initiative and name its lead; a new strategy sheet is added and the plan's lists updated.
 */
import { Button, Dropdown, Field, Input, Option, Spinner, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { addInitiative } from "../../commands/addInitiative";
import { exportPlan } from "../../commands/exportPlan";
import { parseInitiative } from "../../domain/validate";
import type { WorkbookPort } from "../../workbook/port";
import type { ActionState, Outcome } from "../hooks/useAction";
import { errorMessage } from "../errorMessage";
import { newInitiative } from "../planDraft";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

const NEW_OBJECTIVE = "new";

interface ObjectiveChoice {
  number: number;
  title: string;
  initiatives: number;
}

export interface AddInitiativePanelProps {
  port: WorkbookPort;
  action: ActionState;
}

export function AddInitiativePanel({ port, action }: AddInitiativePanelProps) {
  const styles = useStyles();
  const [objectives, setObjectives] = useState<ObjectiveChoice[]>();
  const [loadError, setLoadError] = useState<string>();
  const [chosen, setChosen] = useState<string>("");
  const [objectiveTitle, setObjectiveTitle] = useState("");
  const [objectiveLead, setObjectiveLead] = useState("");
  const [description, setDescription] = useState("");
  const [lead, setLead] = useState("");

  // Bumped to read the objectives again (after an add, or on request).
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let live = true; // a reply for a pane that moved on is dropped
    void readObjectives(port).then((read) => {
      if (!live) return;
      setObjectives(read.objectives);
      setLoadError(read.error);
    });
    return () => {
      live = false;
    };
  }, [port, generation]);

  const reload = () => {
    setObjectives(undefined);
    setGeneration((g) => g + 1);
  };

  const isNew = chosen === NEW_OBJECTIVE;
  const choices = objectives ?? [];
  const chosenObjective = choices.find((o) => String(o.number) === chosen);
  const chosenText = isNew ? "New objective" : chosenObjective ? optionText(chosenObjective) : "";

  const submit = () =>
    action.run("Adding the initiative…", async (): Promise<Outcome> => {
      if (chosen === "") return { intent: "warning", title: "Please check", message: "Objective: choose the objective this initiative belongs to (or New objective)." };
      const initiative = parseInitiative(newInitiative(description, lead));
      const objective = isNew ? choices.length + 1 : Number(chosen);
      const made = await addInitiative(port, {
        objective,
        ...(isNew ? { objectiveTitle, objectiveLead } : {}),
        initiative,
      });
      setDescription("");
      setLead("");
      if (isNew) {
        setObjectiveTitle("");
        setObjectiveLead("");
        setChosen(String(objective));
      }
      reload();
      return {
        intent: "success",
        title: `Initiative ${made.ref.o}.${made.ref.i} added`,
        message: `Its strategy sheet is "${made.sheet}". The Plan sheet and quarter tabs now include it; fill in its outcomes and activities on the sheet.`,
        action: { label: "Go to its sheet", run: () => port.select(made.sheet, "A1") },
      };
    });

  return (
    <section className={styles.panel} aria-label="Add initiative">
      <Field label="Objective" required validationMessage={loadError} validationState={loadError ? "warning" : "none"}>
        <div className={styles.row}>
          <Dropdown
            aria-label="Objective"
            placeholder={objectives ? "Choose an objective" : "Reading the workbook…"}
            value={chosenText}
            selectedOptions={chosen ? [chosen] : []}
            disabled={action.busy}
            onOptionSelect={(_, d) => setChosen(d.optionValue ?? "")}
          >
            {choices.map((o) => (
              <Option key={o.number} value={String(o.number)} text={optionText(o)}>
                {optionText(o)}
              </Option>
            ))}
            <Option value={NEW_OBJECTIVE}>New objective</Option>
          </Dropdown>
          {!objectives && <Spinner size="tiny" aria-label="Reading the objectives" />}
        </div>
      </Field>
      <Button size="small" appearance="subtle" disabled={action.busy} onClick={reload}>
        Reload objectives from the workbook
      </Button>
      {isNew && (
        <>
          <Field label="New objective: title">
            <Textarea value={objectiveTitle} disabled={action.busy} onChange={(_, d) => setObjectiveTitle(d.value)} />
          </Field>
          <Field label="New objective: lead">
            <Input value={objectiveLead} disabled={action.busy} onChange={(_, d) => setObjectiveLead(d.value)} />
          </Field>
        </>
      )}
      <Field label="Initiative description">
        <Textarea value={description} disabled={action.busy} resize="vertical" onChange={(_, d) => setDescription(d.value)} />
      </Field>
      <Field label="Initiative lead">
        <Input value={lead} disabled={action.busy} onChange={(_, d) => setLead(d.value)} />
      </Field>
      <Button appearance="primary" disabled={action.busy} onClick={() => void submit()}>
        Add initiative
      </Button>
    </section>
  );
}

/** The objectives as the workbook has them now (people edit titles on the sheets); never throws. */
async function readObjectives(port: WorkbookPort): Promise<{ objectives: ObjectiveChoice[]; error?: string }> {
  try {
    const { plan } = await exportPlan(port);
    return { objectives: plan.objectives.map((o, k) => ({ number: k + 1, title: o.title, initiatives: o.initiatives.length })) };
  } catch (error) {
    return { objectives: [], error: errorMessage(error) };
  }
}

function optionText(o: ObjectiveChoice): string {
  const title = o.title.trim() || "(no title yet)";
  return `${o.number}. ${title} (${o.initiatives} initiative${o.initiatives === 1 ? "" : "s"})`;
}
