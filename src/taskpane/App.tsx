/**
 * The task pane: one page per job (pages.ts), one action at a time; its outcome shows in the
 * status area at the bottom of the pane, which stays in view (components/common/StatusArea.tsx).
 */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useCallback, useState } from "react";
import type { WorkbookPort } from "../workbook/port";
import { Header } from "./components/Header";
import { useAction, type Outcome } from "./hooks/useAction";
import { focusPageTitle, PAGE_TITLE_ID } from "./focus";
import { pageFromHash, type PageId } from "./pageIds";
import { PAGES } from "./pages";

// Not needed to draw the first page: loaded right after it (docs/task-pane.md "Start").
const Note = lazy(() => import(/* webpackChunkName: "status" */ "./components/common/Note").then((m) => ({ default: m.Note })));
const StatusArea = lazy(() => import(/* webpackChunkName: "status" */ "./components/common/StatusArea").then((m) => ({ default: m.StatusArea })));

const useStyles = makeStyles({
  root: { minHeight: "100vh", display: "flex", flexDirection: "column", backgroundColor: tokens.colorNeutralBackground1 },
  main: {
    flexGrow: 1,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    minWidth: 0,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXXL}`,
  },
});

export interface AppProps {
  port: WorkbookPort;
  /** True when opened outside Excel (a plain browser): nothing can be built there. */
  outsideExcel?: boolean;
}

export function App({ port, outsideExcel = false }: AppProps) {
  const styles = useStyles();
  // Ribbon buttons open the pane on a page: taskpane.html#add-initiative, #check, #minutes, …
  const [page, setPage] = useState<PageId>(() => pageFromHash(window.location.hash));
  const Panel = PAGES.find((p) => p.id === page)!.Panel;
  const action = useAction();
  const { clear } = action;

  const goTo = useCallback(
    (next: PageId) => {
      setPage(next);
      clear();
      // The new page's name (the h1) takes the focus, so nobody is left on a control that is gone.
      focusPageTitle();
    },
    [clear],
  );

  const followUp = (outcome: Outcome) => {
    const next = outcome.action;
    if (!next) return;
    // A failed follow-up replaces the message with the error; it is never swallowed.
    void action.run(
      "Opening the sheet…",
      async () => {
        await next.run();
        focusPageTitle(); // the message and its button are gone
        return undefined;
      },
      "The sheet could not be opened",
    );
  };

  const dismiss = () => {
    clear();
    focusPageTitle();
  };

  return (
    <div className={styles.root}>
      <Header pages={PAGES} page={page} busy={action.busy} onSelect={goTo} />
      <main className={styles.main} aria-labelledby={PAGE_TITLE_ID}>
        {outsideExcel && (
          <Suspense fallback={null}>
            <Note intent="warning">
              <strong>Open this pane in Excel.</strong> AIP Planner works on an Excel workbook. In Excel, choose Plan on the AIP tab.
            </Note>
          </Suspense>
        )}
        <Suspense fallback={<Text role="status">Opening the page…</Text>}>
          <Panel port={port} action={action} goTo={goTo} />
        </Suspense>
      </main>
      <Suspense fallback={null}>
        <StatusArea busyLabel={action.busyLabel} outcome={action.outcome} onFollowUp={followUp} onNewPlan={() => goTo("new")} onDismiss={dismiss} />
      </Suspense>
    </div>
  );
}
