/** The counts of the last check: errors, warnings, notes, and when it ran. */
import { Badge, Text, makeStyles, tokens } from "@fluentui/react-components";
import { SEVERITIES, type Severity } from "../../../checks/types";
import { SEVERITY_TITLES } from "./findings";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalL, flexWrap: "wrap", alignItems: "center" },
  item: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "center" },
});

export const SEVERITY_COLOR = { error: "danger", warning: "warning", note: "brand" } as const;

export interface CheckSummaryProps {
  counts: Record<Severity, number>;
  checkedAt: string;
}

export function CheckSummary({ counts, checkedAt }: CheckSummaryProps) {
  const styles = useStyles();
  const total = counts.error + counts.warning + counts.note;
  const spoken = SEVERITIES.map((s) => `${counts[s]} ${counts[s] === 1 ? SEVERITY_TITLES[s].one.toLowerCase() : SEVERITY_TITLES[s].many.toLowerCase()}`).join(", ");
  return (
    <div role="status" aria-label={`Check summary: ${spoken}`}>
      <div className={styles.row}>
        {SEVERITIES.map((s) => (
          <span key={s} className={styles.item} data-testid={`count-${s}`}>
            <Badge color={SEVERITY_COLOR[s]} appearance={counts[s] > 0 ? "filled" : "outline"} aria-hidden>
              {counts[s]}
            </Badge>
            <Text>{counts[s] === 1 ? SEVERITY_TITLES[s].one : SEVERITY_TITLES[s].many}</Text>
          </span>
        ))}
      </div>
      <Text size={200}>{total === 0 ? "No findings: the plan passes every check." : `Checked ${checkedAt}. The Check Report sheet lists the same findings.`}</Text>
    </div>
  );
}
