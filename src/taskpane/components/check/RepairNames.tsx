/**
 * Repair names on the Check page: offered when the last check found missing or broken defined
 * names; after a repair, what was re-anchored (name → sheet!range) and what could not be, with why
 * and what to do.
 */
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { RepairResult } from "../../../commands/repairNames";
import { quoteSheet } from "../../../util/a1";
import { plainWords } from "../../errorMessage";
import { Details } from "../common/Details";

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
            This workbook has the plan&apos;s sheets, but the add-in can no longer find its cells (their names were deleted). Repair names finds them again from each sheet&apos;s
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
            {broken === 1 ? "1 finding is" : `${broken} findings are`} about cells the add-in can no longer find. Repair names finds them again from each sheet&apos;s labels; no
            cell value changes.
          </Text>
          <Button appearance="secondary" disabled={busy} onClick={onRepair}>
            Repair names
          </Button>
        </>
      )}
      {result && result.repaired.length > 0 && (
        <Details label={`Found again (${result.repaired.length})`}>
          <ul className={styles.list} aria-label="Re-anchored names">
            {result.repaired.map((r) => (
              <li key={r.name}>
                <Text size={200}>
                  {r.name} → {quoteSheet(r.sheet)}!{r.range}
                </Text>
              </li>
            ))}
          </ul>
        </Details>
      )}
      {result && result.notRepaired.length > 0 && (
        <div>
          <Text weight="semibold">Could not be repaired ({result.notRepaired.length})</Text>
          <ul className={styles.list} aria-label="Names not repaired">
            {result.notRepaired.map((n) => (
              <li key={n.name}>
                <Text size={200}>{plainWords(n.why)}</Text>
                <br />
                <Text size={200} className={styles.fix}>
                  {plainWords(n.fix)}
                </Text>
                <Details>
                  {n.name}: {n.why} {n.fix}
                </Details>
              </li>
            ))}
          </ul>
        </div>
      )}
      {result && result.repaired.length === 0 && result.notRepaired.length === 0 && <Text>The add-in finds every cell of the plan: nothing to repair.</Text>}
    </section>
  );
}
