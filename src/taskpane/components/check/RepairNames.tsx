/**
 * Repair names on the Check page: offered when the last check found missing or broken defined
 * names; after a repair, what was re-anchored (name → sheet!range) and what could not be, with why
 * and what to do.
 */
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { RepairResult } from "../../../commands/repairNames";
import { quoteSheet } from "../../../util/a1";

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  fix: { color: tokens.colorNeutralForeground2, fontStyle: "italic" },
});

export interface RepairNamesProps {
  /** Missing or broken names the last check found. */
  broken: number;
  /** The last check found no plan names at all (perhaps every one was deleted). */
  noPlan?: boolean;
  result?: RepairResult;
  busy: boolean;
  onRepair: () => void;
}

export function RepairNames({ broken, noPlan = false, result, busy, onRepair }: RepairNamesProps) {
  const styles = useStyles();
  if (broken === 0 && !noPlan && !result) return null;
  return (
    <section className={styles.box} aria-label="Repair names">
      {noPlan && !result && (
        <>
          <Text>
            If this workbook holds a plan whose defined names were deleted, Repair names finds them again from each sheet&apos;s
            labels; no cell value changes.
          </Text>
          <Button appearance="secondary" disabled={busy} onClick={onRepair}>
            Repair names
          </Button>
        </>
      )}
      {broken > 0 && (
        <>
          <Text>
            {broken === 1 ? "1 finding is" : `${broken} findings are`} about missing or broken defined names. Repair names points
            them back at their cells, found from each sheet&apos;s labels; no cell value changes.
          </Text>
          <Button appearance="secondary" disabled={busy} onClick={onRepair}>
            Repair names
          </Button>
        </>
      )}
      {result && result.repaired.length > 0 && (
        <div>
          <Text weight="semibold">Re-anchored ({result.repaired.length})</Text>
          <ul className={styles.list} aria-label="Re-anchored names">
            {result.repaired.map((r) => (
              <li key={r.name}>
                <Text size={200}>
                  {r.name} → {quoteSheet(r.sheet)}!{r.range}
                </Text>
              </li>
            ))}
          </ul>
        </div>
      )}
      {result && result.notRepaired.length > 0 && (
        <div>
          <Text weight="semibold">Could not be repaired ({result.notRepaired.length})</Text>
          <ul className={styles.list} aria-label="Names not repaired">
            {result.notRepaired.map((n) => (
              <li key={n.name}>
                <Text size={200}>
                  {n.name}: {n.why}
                </Text>
                <br />
                <Text size={200} className={styles.fix}>
                  {n.fix}
                </Text>
              </li>
            ))}
          </ul>
        </div>
      )}
      {result && result.repaired.length === 0 && result.notRepaired.length === 0 && <Text>Every defined name the plan needs is in place.</Text>}
    </section>
  );
}
