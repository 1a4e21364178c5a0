/**
 * "Check": runs every checker rule over the workbook (one read), rebuilds the Check Report sheet
 * (one write), and lists the findings here, filterable; clicking one selects its cell in Excel.
 */
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
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
import { planPresence, type PlanPresence } from "../planPresence";
import { useSnapshot } from "../hooks/useSnapshot";
import { NoPlan } from "./common/NoPlan";
import { Note } from "./common/Note";
import { CheckFilters } from "./check/CheckFilters";
import { CheckSummary } from "./check/CheckSummary";
import { FindingList } from "./check/FindingList";
import { RepairNames } from "./check/RepairNames";
import { PlanToWord } from "./word/PlanToWord";
import { filterFindings, groupFindings, initiativeChoices, NO_FILTER, type FindingFilter } from "./check/findings";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/** " 3 cells are marked on the plan's sheets …": what the marks are, after a check that made some. */
function markedSentence(marked: CheckOutcome["marked"]): string {
  const n = marked ? marked.error + marked.warning + marked.note : 0;
  if (n === 0) return "";
  return ` ${n === 1 ? "1 cell is" : `${n} cells are`} marked on the plan's sheets (red: error, yellow: warning, blue: note); the marks go when Check finds nothing there.`;
}

export function CheckPanel({ port, action, goTo }: PanelProps) {
  const styles = useStyles();
  const [result, setResult] = useState<CheckResult & { checkedAt: string }>();
  const [filter, setFilter] = useState<FindingFilter>(NO_FILTER);
  const [selectError, setSelectError] = useState<string>();
  const [repair, setRepair] = useState<RepairResult>();
  // Whether the workbook holds a plan, read when the page opens and again by each check: without
  // one, the page leads to New plan; with the add-in's sheets but none of their names, Repair is offered.
  const opened = useSnapshot(port);
  const [checkedPresence, setCheckedPresence] = useState<PlanPresence>();
  const presence = checkedPresence ?? (opened.snap ? planPresence(opened.snap) : undefined);

  const shown = useMemo(() => (result ? groupFindings(filterFindings(result.findings, filter)) : []), [result, filter]);
  const initiatives = useMemo(() => (result ? initiativeChoices(result.findings) : []), [result]);

  const checkNow = async () => {
    let r: CheckOutcome;
    try {
      r = await check(port, { today: localToday(), report: true, mark: true });
    } catch (e) {
      if (e instanceof NoPlanError) {
        setResult(undefined);
        setCheckedPresence(planPresence({ names: {}, sheets: await port.listSheets().catch(() => []) }));
      }
      throw e;
    }
    setCheckedPresence("plan");
    setResult({ ...r, checkedAt: new Date().toLocaleTimeString([], { hour: "numeric", minute: "2-digit" }) });
    return r;
  };

  const runCheck = () =>
    action.run(
      "Checking the plan…",
      async () => {
        setSelectError(undefined);
        setRepair(undefined);
        const r = await checkNow();
        const count = `${r.findings.length} finding${r.findings.length === 1 ? "" : "s"}`;
        if (r.reportSkipped) return { intent: "warning", title: "Plan checked", message: `${count} below. ${r.reportSkipped}` };
        return {
          intent: r.counts.error > 0 ? "warning" : "success",
          title: "Plan checked",
          message: `${count}; the "${CHECK_REPORT_SHEET}" sheet lists them with links to their cells.${markedSentence(r.marked)}`,
          action: { label: "Open the Check Report", run: () => port.select(CHECK_REPORT_SHEET, "A1") },
        };
      },
      "The plan was not checked",
    );

  // Repair, then check again so the list shows what is left (repair: one read, one write; check: see docs/checker.md).
  const runRepair = () =>
    action.run(
      "Repairing names…",
      async () => {
        setSelectError(undefined);
        const r = await repairNames(port);
        setRepair(r);
        await checkNow();
        const done = `The add-in found ${r.repaired.length} of the plan's cells again from the sheets' labels; no cell value changed.`;
        const left = r.notRepaired.length > 0 ? ` ${r.notRepaired.length} could not be found: see below for why and what to do.` : "";
        return { intent: r.notRepaired.length > 0 ? "warning" : "success", title: "Names repaired", message: `${done}${left} The plan was checked again.` };
      },
      "The names were not repaired",
    );

  const brokenNames = result ? result.findings.filter((f) => f.rule === WORKBOOK_NAMES && f.severity === "error").length : 0;

  const select = async (f: Finding) => {
    setSelectError(undefined);
    try {
      await port.select(f.sheet, f.cell);
    } catch (e) {
      setSelectError(errorMessage(e));
    }
  };

  if (presence === "none" && !result) return <NoPlan presence="none" goTo={goTo} page="Check" />;
  const lostNames = presence === "lostNames" && !result;

  return (
    <section className={styles.panel} aria-label="Check">
      <Text>Checks every benchmark for a date, a measurable target and its evidence, and the plan for its own rules (one lead, activity dates, counts, ratings).</Text>
      {opened.loadError && <Note>{opened.loadError}</Note>}
      {/* With its names lost the plan cannot be read, so there is nothing to check until they are repaired. */}
      <Button appearance="primary" disabled={action.busy || lostNames || (!presence && !opened.loadError)} onClick={runCheck}>
        {result ? "Re-check" : "Check plan"}
      </Button>
      {lostNames && <RepairNames broken={0} noPlan result={repair} busy={action.busy} onRepair={runRepair} />}
      {result && (
        <>
          <CheckSummary counts={result.counts} checkedAt={result.checkedAt} />
          <RepairNames broken={brokenNames} result={repair} busy={action.busy} onRepair={runRepair} />
          {result.findings.length > 0 && <CheckFilters filter={filter} initiatives={initiatives} onChange={setFilter} />}
          {selectError && (
            <Note intent="error" role="alert">
              {selectError}
            </Note>
          )}
          {result.findings.length > 0 && <FindingList groups={shown} onSelect={(f) => void select(f)} />}
        </>
      )}
      {presence === "plan" && <PlanToWord port={port} action={action} />}
    </section>
  );
}
