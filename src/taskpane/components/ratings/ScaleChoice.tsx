/**
 * One rating: the scale's levels low to high as radio buttons, by name, and "Not rated yet"; the
 * definition (SPEC.md §6.3, verbatim) of the level that has the focus, or else of the chosen one,
 * shown below them, so the names stay in view without four paragraphs at once.
 */
import { Field, Radio, RadioGroup, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { levelByName, type Scale } from "../../../domain/scales";
import { Note } from "../common/Note";

const useStyles = makeStyles({
  definition: {
    display: "block",
    minHeight: "3lh",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
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
  const [focused, setFocused] = useState<string>();
  const known = value === "" || levelByName(scale, value) !== undefined;
  const shown = levelByName(scale, focused ?? "") ?? levelByName(scale, value);
  const definitionId = `definition-${scale.key}`;
  return (
    <Field label={`${label}: ${scale.title}`} hint={scale.describes}>
      {!known && <Note>The cell holds &ldquo;{value}&rdquo;, which is not a level of this scale. Choose a level to replace it.</Note>}
      <RadioGroup
        aria-label={label}
        aria-describedby={definitionId}
        value={known ? value : ""}
        disabled={disabled}
        onChange={(_, d) => onChange(d.value)}
        onBlur={() => setFocused(undefined)}
      >
        {scale.levels.map((level) => (
          <Radio key={level.name} value={level.name} label={`${level.rank}. ${level.name}`} onFocus={() => setFocused(level.name)} />
        ))}
        <Radio value="" label="Not rated yet" onFocus={() => setFocused("")} />
      </RadioGroup>
      <Text id={definitionId} className={styles.definition} aria-live="polite" data-testid={`definition-${scale.key}`}>
        {shown ? (
          <>
            <strong>{shown.name}:</strong> {shown.definition}
          </>
        ) : (
          "Choose a level to see its definition."
        )}
      </Text>
    </Field>
  );
}
