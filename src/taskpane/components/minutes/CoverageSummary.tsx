/** Which initiatives must be discussed at this meeting (DECISIONS.md 13), and why. */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { orList, type Coverage } from "../../../domain/minutes/coverage";

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  number: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

export interface CoverageSummaryProps {
  coverage: Coverage;
  initiatives: { number: string; description: string }[];
}

export function CoverageSummary({ coverage, initiatives }: CoverageSummaryProps) {
  const styles = useStyles();
  const describe = (n: string) => initiatives.find((i) => i.number === n)?.description ?? "";
  const previous = coverage.previous.map((m) => m.sheet).reverse();
  if (!coverage.windowFull) {
    return (
      <Text>
        The three-month rule applies once two earlier months have minutes ({previous.length > 0 ? `so far: ${previous.join(", ")}` : "none yet"}).{" "}
        {coverage.neverDiscussed.length > 0 ? `Not discussed yet: ${coverage.neverDiscussed.join(", ")}.` : ""}
      </Text>
    );
  }
  if (coverage.mustDiscuss.length === 0) return <Text>Every initiative was discussed in {orList(previous)}: none must be discussed this time.</Text>;
  return (
    <div aria-label="Must be discussed">
      <Text weight="semibold">Must be discussed at this meeting</Text> <Text>(not covered by {orList(previous)}):</Text>
      <ul className={styles.list}>
        {coverage.mustDiscuss.map((n) => (
          <li key={n}>
            <Text>
              <span className={styles.number}>{n}</span> {describe(n)}
            </Text>
          </li>
        ))}
      </ul>
    </div>
  );
}
