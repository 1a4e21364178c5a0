/** The four dates around a Highlight Discussion (DECISIONS.md 12), one line each. */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Deadline } from "../../../domain/minutes/deadlines";
import { usDate } from "../../../domain/calendar";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  date: { fontWeight: tokens.fontWeightSemibold },
});

const SHORT: Record<Deadline["key"], string> = {
  notice: "Notice to ESE",
  draft: "Draft minutes to superintendent and Monitor",
  review: "Review of the draft back to the Plan Manager",
  final: "Final minutes sent",
};

export function DeadlineList({ deadlines }: { deadlines: Deadline[] }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label="Deadlines">
      {deadlines.map((d) => (
        <li key={d.key}>
          <Text>
            <span className={styles.date}>{usDate(d.date)}</span> {SHORT[d.key]} ({d.days < 0 ? "−" : "+"}
            {Math.abs(d.days)} days; {d.who})
          </Text>
        </li>
      ))}
    </ul>
  );
}
