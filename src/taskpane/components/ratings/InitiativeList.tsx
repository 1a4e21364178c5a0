/** Every initiative for the chosen period, marked rated or still unrated (in its name too); choosing one opens it. */
import { Badge, Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { InitiativeRating } from "../../../commands/rate";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, margin: 0, padding: 0, listStyleType: "none" },
  button: { justifyContent: "space-between", gap: tokens.spacingHorizontalS, textAlign: "left", width: "100%", minWidth: 0, fontWeight: tokens.fontWeightRegular },
  text: { minWidth: 0, overflowWrap: "anywhere" },
  // The badge keeps its width; the description wraps instead (the pane is often 320 px wide).
  badge: { flexShrink: 0 },
  current: { fontWeight: tokens.fontWeightSemibold },
});

export interface InitiativeListProps {
  entries: InitiativeRating[];
  current: number;
  disabled: boolean;
  onChoose: (index: number) => void;
}

export function numberOf(entry: InitiativeRating): string {
  return `${entry.ref.o}.${entry.ref.i}`;
}

export function InitiativeList({ entries, current, disabled, onChoose }: InitiativeListProps) {
  const styles = useStyles();
  const unrated = entries.filter((e) => !e.rated);
  return (
    <>
      <Text>
        {unrated.length === 0
          ? `All ${entries.length} initiatives are rated for this period.`
          : `Still unrated: ${unrated.map(numberOf).join(", ")} (${unrated.length} of ${entries.length}).`}
      </Text>
      <ul className={styles.list} aria-label="Initiatives">
        {entries.map((e, k) => (
          <li key={numberOf(e)}>
            <Button
              appearance="subtle"
              size="small"
              className={k === current ? `${styles.button} ${styles.current}` : styles.button}
              aria-current={k === current ? "true" : undefined}
              disabled={disabled}
              onClick={() => onChoose(k)}
            >
              <span className={styles.text}>
                {numberOf(e)} {e.description.trim() || "(no description yet)"}
              </span>
              {/* Inside the button, so "rated"/"unrated" is part of its accessible name. */}
              <Badge className={styles.badge} appearance={e.rated ? "filled" : "outline"} color={e.rated ? "success" : "warning"}>
                {e.rated ? "rated" : "unrated"}
              </Badge>
            </Button>
          </li>
        ))}
      </ul>
    </>
  );
}
