/**
 * "Add initiative": pick an objective from the workbook (or start a new one), describe the
 * initiative and name its lead; a new strategy sheet is added and the plan's lists updated.
 * On a workbook without a plan the page says so once, with the way to New plan.
 */
import { Button, Dropdown, Field, Input, Option, Spinner, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { addInitiative } from "../../commands/addInitiative";
import { parseInitiative } from "../../domain/validate";
import { readPlan } from "../../layout/read/readPlan";
import type { WorkbookPort } from "../../workbook/port";
import { errorMessage } from "../errorMessage";
import type { Outcome } from "../hooks/useAction";
import type { PanelProps } from "../pages";
import { newInitiative } from "../planDraft";
import { planPresence, type PlanPresence } from "../planPresence";
import { NoPlan } from "./common/NoPlan";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", minWidth: 0 },
  dropdown: { minWidth: 0, flexGrow: 1 },
});

const NEW_OBJECTIVE = "new";

interface ObjectiveChoice {
  number: number;
  title: string;
  initiatives: number;
}

interface ObjectivesRead {
  presence: PlanPresence;
  objectives: ObjectiveChoice[];
  error?: string;
}

export function AddInitiativePanel({ port, action, goTo }: PanelProps) {
  const styles = useStyles();
  const [read, setRead] = useState<ObjectivesRead>();
  const [chosen, setChosen] = useState<string>("");
  const [objectiveTitle, setObjectiveTitle] = useState("");
  const [objectiveLead, setObjectiveLead] = useState("");
  const [description, setDescription] = useState("");
  const [lead, setLead] = useState("");
  const [objectiveProblem, setObjectiveProblem] = useState<string>();
  const objectiveRef = useRef<HTMLButtonElement>(null);

  // Bumped to read the objectives again (after an add, or on request).
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let live = true; // a reply for a pane that moved on is dropped
    void readObjectives(port).then((r) => live && setRead(r));
    return () => {
      live = false;
    };
  }, [port, generation]);

  const reload = () => {
    setRead(undefined);
    setGeneration((g) => g + 1);
  };

  if (read && read.presence !== "plan") return <NoPlan presence={read.presence} goTo={goTo} page="Add initiative" />;

  const objectives = read?.objectives;
  const isNew = chosen === NEW_OBJECTIVE;
  const choices = objectives ?? [];
  const chosenObjective = choices.find((o) => String(o.number) === chosen);
  const chosenText = isNew ? "New objective" : chosenObjective ? optionText(chosenObjective) : "";

  const submit = () => {
    if (chosen === "") {
      setObjectiveProblem("Choose the objective this initiative belongs to, or New objective.");
      objectiveRef.current?.focus();
      return;
    }
    setObjectiveProblem(undefined);
    return action.run(
      "Adding the initiative…",
      async (): Promise<Outcome> => {
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
      },
      "The initiative was not added",
    );
  };

  const readProblem = read?.error;
  return (
    <section className={styles.panel} aria-label="Add initiative">
      <Field label="Objective" required validationState={objectiveProblem ? "error" : readProblem ? "warning" : "none"} validationMessage={objectiveProblem ?? readProblem}>
        <div className={styles.row}>
          <Dropdown
            ref={objectiveRef}
            className={styles.dropdown}
            aria-label="Objective"
            placeholder={objectives ? "Choose an objective" : "Reading the workbook…"}
            value={chosenText}
            selectedOptions={chosen ? [chosen] : []}
            disabled={action.busy}
            onOptionSelect={(_, d) => {
              setChosen(d.optionValue ?? "");
              setObjectiveProblem(undefined);
            }}
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
async function readObjectives(port: WorkbookPort): Promise<ObjectivesRead> {
  try {
    const snap = await port.snapshot();
    const presence = planPresence(snap);
    if (presence !== "plan") return { presence, objectives: [] };
    const { plan } = readPlan(snap);
    return { presence, objectives: plan.objectives.map((o, k) => ({ number: k + 1, title: o.title, initiatives: o.initiatives.length })) };
  } catch (error) {
    return { presence: "plan", objectives: [], error: errorMessage(error) };
  }
}

function optionText(o: ObjectiveChoice): string {
  const title = o.title.trim() || "(no title yet)";
  return `${o.number}. ${title} (${o.initiatives} initiative${o.initiatives === 1 ? "" : "s"})`;
}
