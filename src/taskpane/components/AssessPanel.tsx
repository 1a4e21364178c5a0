/**
 * "Self-assessment" (docs/guide-plan-manager.md): what the checker finds in the plan for the two criteria it can
 * inform, then a dated Rubric sheet (and the yearly Stages toward exit reflection) in one read and
 * one write; and the last two assessments' ratings side by side. The pane never rates the plan
 * (DECISIONS.md 9): people choose the ratings on the sheet.
 */
import {
  Button,
  Card,
  Field,
  Input,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { rubricEvidence, type RubricEvidence } from "../../checks/rubricEvidence";
import { assess, compareAssessments, type AssessmentComparison } from "../../commands/assess";
import { isIsoDate, localToday, usDate } from "../../domain/calendar";
import { TYPE_NAMES } from "../../layout/build/rubricSheet";
import type { WorkbookSnapshot } from "../../workbook/port";
import { errorMessage, plainWords } from "../errorMessage";
import type { Outcome } from "../hooks/useAction";
import { useSnapshot } from "../hooks/useSnapshot";
import { ReadStatus } from "./ReadStatus";
import { Note } from "./common/Note";
import type { PanelProps } from "../pages";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  changed: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorPaletteDarkOrangeForeground1 },
  // Fixed columns so "Changed" stays whole in a 320-pixel pane.
  table: { tableLayout: "fixed", width: "100%" },
  criterion: { width: "33%" },
  rating: { width: "25%" },
  flag: { width: "17%" },
  cell: { paddingLeft: tokens.spacingHorizontalXXS, paddingRight: tokens.spacingHorizontalXXS, verticalAlign: "top" },
});

function figures(snap: WorkbookSnapshot, date: string): { evidence?: RubricEvidence; error?: string } {
  try {
    return { evidence: rubricEvidence(snap, date) };
  } catch (e) {
    return { error: errorMessage(e) };
  }
}

/** What the checker found, in the words of the sheet. */
function Figures({ evidence }: { evidence: RubricEvidence }) {
  const styles = useStyles();
  if (!evidence.available) return <Text>Figures from the plan: {evidence.reason}. The rubric is made all the same.</Text>;
  const f = evidence.focus;
  const most = Math.max(...f.perObjective.map((o) => o.initiatives));
  return (
    <ul className={styles.list} aria-label="Figures from the plan">
      <li>
        <Text>
          Provides Focus: {f.objectives} objective{f.objectives === 1 ? "" : "s"} (3–5 asked), {f.initiatives} initiative{f.initiatives === 1 ? "" : "s"}, at most {most} under one
          objective (≤ 5 asked).
        </Text>
      </li>
      {evidence.tracking.map((t) => (
        <li key={t.type}>
          <Text>
            {TYPE_NAMES[t.type]}: {t.complete} of {t.total} with all the checker asks.
          </Text>
        </li>
      ))}
    </ul>
  );
}

/** "10/1/2026", or "10/1/2026 (2)" for a second assessment that day. */
function label(a: { date: string; seq: number }): string {
  return `${usDate(a.date)}${a.seq > 1 ? ` (${a.seq})` : ""}`;
}

function Comparison({ comparison }: { comparison: AssessmentComparison }) {
  const styles = useStyles();
  const { earlier, later } = comparison;
  if (!later) return <Text>No self-assessment yet: create the first one above.</Text>;
  if (!earlier) return <Text>Only one self-assessment so far (&quot;{later.sheet}&quot;): a second one can be compared with it.</Text>;
  const changes = comparison.rows.filter((r) => r.changed).length;
  return (
    <>
      <Text>
        &quot;{earlier.sheet}&quot; and &quot;{later.sheet}&quot;: {changes === 0 ? "no rating changed" : `${changes} rating${changes === 1 ? "" : "s"} changed`}.
      </Text>
      <Table className={styles.table} size="extra-small" aria-label="Ratings compared">
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={mergeClasses(styles.cell, styles.criterion)}>Criterion</TableHeaderCell>
            <TableHeaderCell className={mergeClasses(styles.cell, styles.rating)}>{label(earlier)}</TableHeaderCell>
            <TableHeaderCell className={mergeClasses(styles.cell, styles.rating)}>{label(later)}</TableHeaderCell>
            <TableHeaderCell className={mergeClasses(styles.cell, styles.flag)}>Changed</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {comparison.rows.map((r) => (
            <TableRow key={r.key}>
              <TableCell className={styles.cell}>{r.criterion}</TableCell>
              <TableCell className={styles.cell}>{r.earlier || "—"}</TableCell>
              <TableCell className={styles.cell}>{r.later || "—"}</TableCell>
              <TableCell className={mergeClasses(styles.cell, r.changed && styles.changed)}>{r.changed ? "Yes" : "No"}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}

export function AssessPanel({ port, action }: PanelProps) {
  const styles = useStyles();
  const [date, setDate] = useState(localToday);
  const { snap, loadError, readAgain: reread } = useSnapshot(port);
  const [made, setMade] = useState<string>();

  const validDate = isIsoDate(date);
  const shown = useMemo(() => (snap && validDate ? figures(snap, date) : {}), [snap, date, validDate]);
  const comparison = useMemo(() => (snap ? compareAssessments(snap) : undefined), [snap]);
  const readAgain = () => {
    setMade(undefined);
    reread();
  };

  const create = () =>
    action.run(
      "Creating the self-assessment…",
      async (): Promise<Outcome> => {
        const r = await assess(port, { date });
        // No re-read here (it would cost a round trip): the comparison waits for "Read the workbook again".
        setMade(r.sheet);
        const exit = r.exitCreated ? ` "${r.exitSheet}" is ready for the yearly reflection.` : r.reflection ? ` "${r.exitSheet}" has a new reflection column.` : "";
        const notes = r.notes.length > 0 ? ` ${r.notes.map(plainWords).join(" ")}` : "";
        return {
          intent: r.notes.length > 0 ? "warning" : "success",
          ...(r.notes.some((n) => plainWords(n) !== n) ? { details: r.notes.join(" ") } : {}),
          title: "Self-assessment created",
          message: `"${r.sheet}" is ready: choose a rating for each criterion; the plan's figures are beside them.${exit}${notes}`,
          action: { label: "Go to the rubric", run: () => port.select(r.sheet, "A1") },
        };
      },
      "The self-assessment was not created",
    );

  return (
    <section className={styles.panel} aria-label="Self-assessment">
      <Text>
        Judge the plan against the AIP Rubric with the Guiding Questions, on a dated sheet kept beside the earlier ones. The add-in shows what it finds in the plan; the ratings are
        yours.
      </Text>
      <Field label="Assessment date" validationState={validDate ? "none" : "error"} validationMessage={validDate ? undefined : "Choose the assessment's date."}>
        <Input type="date" value={date} disabled={action.busy} onChange={(_, d) => setDate(d.value)} />
      </Field>
      <ReadStatus read={{ snap, loadError }} />
      {shown.error && <Note>{shown.error}</Note>}
      {shown.evidence && (
        <Card className={styles.card} aria-label="From the plan">
          <Text weight="semibold">From the plan</Text>
          <Figures evidence={shown.evidence} />
        </Card>
      )}
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={action.busy || !snap || !validDate} onClick={() => void create()}>
          Create the self-assessment
        </Button>
      </div>
      {comparison && (
        <Card className={styles.card} aria-label="Compare the last two">
          <Text weight="semibold">Compare the last two</Text>
          <Comparison comparison={comparison} />
          {made && <Text italic>&quot;{made}&quot; was just made: choose its ratings in Excel, then read the workbook again to compare.</Text>}
          <Button size="small" appearance="subtle" disabled={action.busy} onClick={readAgain}>
            Read the workbook again (after choosing ratings)
          </Button>
        </Card>
      )}
    </section>
  );
}
