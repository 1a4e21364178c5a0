/** Findings grouped by initiative ("Plan" for the plan as a whole), then by severity. */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../../checks/types";
import { FindingItem } from "./FindingItem";
import { SEVERITY_TITLES, type InitiativeGroup } from "./findings";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, margin: 0, padding: 0 },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  items: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
});

export interface FindingListProps {
  groups: InitiativeGroup[];
  onSelect: (finding: Finding) => void;
}

export function FindingList({ groups, onSelect }: FindingListProps) {
  const styles = useStyles();
  if (groups.length === 0) return <Text>No findings match the filters.</Text>;
  return (
    <div className={styles.list}>
      {groups.map((g) => (
        <section key={g.key} className={styles.group} aria-label={`${g.label}: ${g.count} finding${g.count === 1 ? "" : "s"}`}>
          <h2 className={styles.heading}>
            {g.label} ({g.count})
          </h2>
          {g.severities.map((s) => (
            <div key={s.severity} className={styles.group}>
              <h3 className={styles.subheading}>
                {s.findings.length === 1 ? SEVERITY_TITLES[s.severity].one : SEVERITY_TITLES[s.severity].many} ({s.findings.length})
              </h3>
              <ul className={styles.items}>
                {s.findings.map((f, k) => (
                  <li key={`${f.rule}-${f.sheet}-${f.cell}-${k}`}>
                    <FindingItem finding={f} onSelect={onSelect} />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
