/**
 * "Check": runs every checker rule over the workbook (one read), rebuilds the Check Report sheet
 * (one write), and lists the findings here, filterable; clicking one selects its cell in Excel.
 */
import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { WORKBOOK_NAMES, type CheckResult } from "../../checks/engine";
import type { Finding } from "../../checks/types";
import { check, type CheckOutcome } from "../../commands/check";
import { repairNames, type RepairResult } from "../../commands/repairNames";
import { localToday } from "../../domain/calendar";
import { CHECK_REPORT_SHEET } from "../../layout/build/checkReportSheet";
import { NoPlanError } from "../../layout/read/readPlan";
import { errorMessage } from "../errorMessage";
import type { PanelProps } from "../pages";
import { CheckFilters } from "./check/CheckFilters";
import { CheckSummary } from "./check/CheckSummary";
import { FindingList } from "./check/FindingList";
import { RepairNames } from "./check/RepairNames";
import { filterFindings, groupFindings, initiativeChoices, NO_FILTER, type FindingFilter } from "./check/findings";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export function CheckPanel({ port, action }: PanelProps) {
  const styles = useStyles();
  const [result, setResult] = useState<CheckResult & { checkedAt: string }>();
  const [filter, setFilter] = useState<FindingFilter>(NO_FILTER);
  const [selectError, setSelectError] = useState<string>();
  const [repair, setRepair] = useState<RepairResult>();
  // Check found no plan names at all: the names may all have been deleted, so Repair is offered.
  const [noPlan, setNoPlan] = useState(false);

  const shown = useMemo(() => (result ? groupFindings(filterFindings(result.findings, filter)) : []), [result, filter]);
  const initiatives = useMemo(() => (result ? initiativeChoices(result.findings) : []), [result]);

  const checkNow = async () => {
    let r: CheckOutcome;
    try {
      r = await check(port, { today: localToday(), report: true });
    } catch (e) {
      setNoPlan(e instanceof NoPlanError);
      if (e instanceof NoPlanError) setResult(undefined);
      throw e;
    }
    setNoPlan(false);
    setResult({ ...r, checkedAt: new Date().toLocaleTimeString([], { hour: "numeric", minute: "2-digit" }) });
    return r;
  };

  const runCheck = () =>
    action.run("Checking the plan…", async () => {
      setSelectError(undefined);
      setRepair(undefined);
      const r = await checkNow();
      const count = `${r.findings.length} finding${r.findings.length === 1 ? "" : "s"}`;
      if (r.reportSkipped) return { intent: "warning", title: "Plan checked", message: `${count} below. ${r.reportSkipped}` };
      return {
        intent: r.counts.error > 0 ? "warning" : "success",
        title: "Plan checked",
        message: `${count}; the "${CHECK_REPORT_SHEET}" sheet lists them with links to their cells.`,
        action: { label: "Open the Check Report", run: () => port.select(CHECK_REPORT_SHEET, "A1") },
      };
    });

  // Repair, then check again so the list shows what is left (two commands, each one read and one write).
  const runRepair = () =>
    action.run("Repairing names…", async () => {
      setSelectError(undefined);
      const r = await repairNames(port);
      setRepair(r);
      await checkNow();
      const done = `Re-anchored ${r.repaired.length} name${r.repaired.length === 1 ? "" : "s"} from the sheets' labels; no cell value changed.`;
      const left = r.notRepaired.length > 0 ? ` ${r.notRepaired.length} could not be: see below for why and what to do.` : "";
      return { intent: r.notRepaired.length > 0 ? "warning" : "success", title: "Names repaired", message: `${done}${left} The plan was checked again.` };
    });

  const brokenNames = result ? result.findings.filter((f) => f.rule === WORKBOOK_NAMES && f.severity === "error").length : 0;

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
      {noPlan && !result && <RepairNames broken={0} noPlan result={repair} busy={action.busy} onRepair={runRepair} />}
      {result && (
        <>
          <CheckSummary counts={result.counts} checkedAt={result.checkedAt} />
          <RepairNames broken={brokenNames} result={repair} busy={action.busy} onRepair={runRepair} />
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
