/**
 * "Check": runs every checker rule over the workbook (one read), rebuilds the Check Report sheet
 * (one write), and lists the findings here, filterable; clicking one selects its cell in Excel.
 */
import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { CheckResult } from "../../checks/engine";
import type { Finding } from "../../checks/types";
import { check } from "../../commands/check";
import { localToday } from "../../domain/calendar";
import { CHECK_REPORT_SHEET } from "../../layout/checkReportSheet";
import { errorMessage } from "../errorMessage";
import type { PanelProps } from "../pages";
import { CheckFilters } from "./check/CheckFilters";
import { CheckSummary } from "./check/CheckSummary";
import { FindingList } from "./check/FindingList";
import { filterFindings, groupFindings, initiativeChoices, NO_FILTER, type FindingFilter } from "./check/findings";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export function CheckPanel({ port, action }: PanelProps) {
  const styles = useStyles();
  const [result, setResult] = useState<CheckResult & { checkedAt: string }>();
  const [filter, setFilter] = useState<FindingFilter>(NO_FILTER);
  const [selectError, setSelectError] = useState<string>();

  const shown = useMemo(() => (result ? groupFindings(filterFindings(result.findings, filter)) : []), [result, filter]);
  const initiatives = useMemo(() => (result ? initiativeChoices(result.findings) : []), [result]);

  const runCheck = () =>
    action.run("Checking the plan…", async () => {
      setSelectError(undefined);
      const today = localToday();
      const r = await check(port, { today, report: true });
      setResult({ ...r, checkedAt: new Date().toLocaleTimeString([], { hour: "numeric", minute: "2-digit" }) });
      return {
        intent: r.counts.error > 0 ? "warning" : "success",
        title: "Plan checked",
        message: `${r.findings.length} finding${r.findings.length === 1 ? "" : "s"}; the "${CHECK_REPORT_SHEET}" sheet lists them with links to their cells.`,
        action: { label: "Open the Check Report", run: () => port.select(CHECK_REPORT_SHEET, "A1") },
      };
    });

  const select = async (f: Finding) => {
    setSelectError(undefined);
    try {
      await port.select(f.sheet, f.cell);
    } catch (e) {
      setSelectError(errorMessage(e));
    }
  };

  return (
    <section className={styles.panel} aria-label="Check">
      <Text>Checks every benchmark for a date, a measurable target and its evidence, and the plan for its own rules (one lead, activity dates, counts, ratings).</Text>
      <Button appearance="primary" disabled={action.busy} onClick={runCheck}>
        {result ? "Re-check" : "Check plan"}
      </Button>
      {result && (
        <>
          <CheckSummary counts={result.counts} checkedAt={result.checkedAt} />
          {result.findings.length > 0 && <CheckFilters filter={filter} initiatives={initiatives} onChange={setFilter} />}
          {selectError && (
            <MessageBar intent="error" role="alert">
              <MessageBarBody>{selectError}</MessageBarBody>
            </MessageBar>
          )}
          {result.findings.length > 0 && <FindingList groups={shown} onSelect={(f) => void select(f)} />}
        </>
      )}
    </section>
  );
}
