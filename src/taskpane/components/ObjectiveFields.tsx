/** One objective in the short "New plan" form: title, lead and its initiatives. */
import { Button, Field, Input, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { fieldId, validation } from "../formProblems";
import { emptyInitiative, type ObjectiveDraft } from "../planDraft";
import { InitiativeFields } from "./InitiativeFields";

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    margin: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface ObjectiveFieldsProps {
  number: number;
  /** Its plan JSON path, "objectives[0]": the fields' ids and problems are keyed by it. */
  path: string;
  problems: Readonly<Record<string, string>>;
  value: ObjectiveDraft;
  disabled: boolean;
  onChange: (value: ObjectiveDraft) => void;
  onRemove?: () => void;
}

export function ObjectiveFields({ number, path, problems, value, disabled, onChange, onRemove }: ObjectiveFieldsProps) {
  const styles = useStyles();
  const label = `Objective ${number}`;
  const initiatives = value.initiatives;
  const setInitiative = (index: number, next: ObjectiveDraft["initiatives"][number]) => onChange({ ...value, initiatives: initiatives.map((i, k) => (k === index ? next : i)) });
  const removeInitiative = (index: number) => onChange({ ...value, initiatives: initiatives.filter((_, k) => k !== index) });

  return (
    <fieldset className={styles.box}>
      <legend className={styles.legend}>{label}</legend>
      <Field label={`${label}: title`} {...validation(problems, `${path}.title`)}>
        <Textarea id={fieldId(`${path}.title`)} value={value.title} disabled={disabled} resize="vertical" onChange={(_, d) => onChange({ ...value, title: d.value })} />
      </Field>
      <Field label={`${label}: lead`} {...validation(problems, `${path}.lead`)}>
        <Input id={fieldId(`${path}.lead`)} value={value.lead} disabled={disabled} onChange={(_, d) => onChange({ ...value, lead: d.value })} />
      </Field>
      {initiatives.map((initiative, index) => (
        <InitiativeFields
          key={initiative.key}
          label={`${label}, initiative ${index + 1}`}
          path={`${path}.initiatives[${index}]`}
          problems={problems}
          value={initiative}
          disabled={disabled}
          onChange={(next) => setInitiative(index, next)}
          onRemove={initiatives.length > 1 ? () => removeInitiative(index) : undefined}
        />
      ))}
      <div className={styles.buttons}>
        <Button size="small" disabled={disabled} onClick={() => onChange({ ...value, initiatives: [...initiatives, emptyInitiative()] })}>
          Add an initiative to objective {number}
        </Button>
        {onRemove && (
          <Button size="small" appearance="subtle" disabled={disabled} onClick={onRemove}>
            Remove objective {number}
          </Button>
        )}
      </div>
    </fieldset>
  );
}
