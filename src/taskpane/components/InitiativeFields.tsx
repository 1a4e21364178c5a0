/** One initiative in the short "New plan" form: description and lead. */
import { Button, Field, Input, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { fieldId, validation } from "../formProblems";
import type { InitiativeDraft } from "../planDraft";

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
  remove: { alignSelf: "flex-start" },
});

export interface InitiativeFieldsProps {
  /** "Objective 1, initiative 2": prefixes every label so each field has a unique accessible name. */
  label: string;
  /** Its plan JSON path, "objectives[0].initiatives[1]". */
  path: string;
  problems: Readonly<Record<string, string>>;
  value: InitiativeDraft;
  disabled: boolean;
  onChange: (value: InitiativeDraft) => void;
  /** Absent when this is the objective's only initiative. */
  onRemove?: () => void;
}

export function InitiativeFields({ label, path, problems, value, disabled, onChange, onRemove }: InitiativeFieldsProps) {
  const styles = useStyles();
  return (
    <div className={styles.box} role="group" aria-label={label}>
      <Field label={`${label}: description`} {...validation(problems, `${path}.description`)}>
        <Textarea
          id={fieldId(`${path}.description`)}
          value={value.description}
          disabled={disabled}
          resize="vertical"
          onChange={(_, data) => onChange({ ...value, description: data.value })}
        />
      </Field>
      <Field label={`${label}: lead`} {...validation(problems, `${path}.lead`)}>
        <Input id={fieldId(`${path}.lead`)} value={value.lead} disabled={disabled} onChange={(_, data) => onChange({ ...value, lead: data.value })} />
      </Field>
      {onRemove && (
        <Button className={styles.remove} size="small" appearance="subtle" disabled={disabled} onClick={onRemove}>
          Remove {label.toLowerCase()}
        </Button>
      )}
    </div>
  );
}
