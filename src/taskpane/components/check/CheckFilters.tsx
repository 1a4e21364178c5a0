/** Filters over the findings: severity, initiative and words. */
import { Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { SEVERITIES, type Severity } from "../../../checks/types";
import { initiativeLabel, SEVERITY_TITLES, type FindingFilter } from "./findings";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  narrow: { flex: "1 1 120px", minWidth: "120px" },
});

export interface CheckFiltersProps {
  filter: FindingFilter;
  initiatives: string[];
  onChange: (filter: FindingFilter) => void;
}

export function CheckFilters({ filter, initiatives, onChange }: CheckFiltersProps) {
  const styles = useStyles();
  return (
    <div className={styles.row}>
      <Field label="Severity" className={styles.narrow}>
        <Select value={filter.severity} onChange={(_, d) => onChange({ ...filter, severity: d.value as Severity | "all" })}>
          <option value="all">All</option>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {SEVERITY_TITLES[s].many}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Initiative" className={styles.narrow}>
        <Select value={filter.initiative} onChange={(_, d) => onChange({ ...filter, initiative: d.value })}>
          <option value="all">All</option>
          {initiatives.map((k) => (
            <option key={k} value={k}>
              {initiativeLabel(k)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Search findings" style={{ flex: "1 1 100%" }}>
        <Input type="search" value={filter.text} placeholder="e.g. date, lead, 1.2" onChange={(_, d) => onChange({ ...filter, text: d.value })} />
      </Field>
    </div>
  );
}
