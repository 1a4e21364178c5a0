/** One rating: the scale's levels low to high as radio buttons, each with its full definition (SPEC.md §6.3), and "Not rated". */
import { Field, MessageBar, MessageBarBody, Radio, RadioGroup, Text, makeStyles, tokens } from "@fluentui/react-components";
import { levelByName, type Scale } from "../../../domain/scales";

const useStyles = makeStyles({
  label: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  name: { fontWeight: tokens.fontWeightSemibold },
  definition: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
});

export interface ScaleChoiceProps {
  /** "Process rating" or "Performance rating": the group's accessible name. */
  label: string;
  scale: Scale;
  /** What the rating cell holds now ("" for empty; possibly a hand-typed value that is not a level). */
  value: string;
  disabled: boolean;
  onChange: (value: string) => void;
}

export function ScaleChoice({ label, scale, value, disabled, onChange }: ScaleChoiceProps) {
  const styles = useStyles();
  const known = value === "" || levelByName(scale, value) !== undefined;
  return (
    <Field label={`${label}: ${scale.title}`} hint={scale.describes}>
      {!known && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            The cell holds &ldquo;{value}&rdquo;, which is not a level of this scale. Choose a level to replace it.
          </MessageBarBody>
        </MessageBar>
      )}
      <RadioGroup aria-label={label} value={known ? value : ""} disabled={disabled} onChange={(_, d) => onChange(d.value)}>
        {scale.levels.map((level) => (
          <Radio
            key={level.name}
            value={level.name}
            label={
              <span className={styles.label}>
                <span className={styles.name}>
                  {level.rank}. {level.name}
                </span>
                <Text className={styles.definition}>{level.definition}</Text>
              </span>
            }
          />
        ))}
        <Radio value="" label="Not rated yet" />
      </RadioGroup>
    </Field>
  );
}
