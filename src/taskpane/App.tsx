/** The task pane: one page per job (pages.ts), one action at a time, each ending in a message. */
import { MessageBar, MessageBarBody, MessageBarTitle, Spinner, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, useState } from "react";
import type { WorkbookPort } from "../workbook/port";
import { Header } from "./components/Header";
import { OutcomeMessage } from "./components/OutcomeMessage";
import { useAction, type Outcome } from "./hooks/useAction";
import { pageFromHash, type PageId } from "./pageIds";
import { PAGES } from "./pages";

const useStyles = makeStyles({
  root: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
  main: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalXXL}`,
  },
  // Five pages do not fit one row of a 320 px pane: let the tabs wrap rather than scroll out of sight.
  tabs: { flexWrap: "wrap" },
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

  const followUp = (outcome: Outcome) => {
    const next = outcome.action;
    if (!next) return;
    // A failed follow-up replaces the message with the error; it is never swallowed.
    void action.run("Opening the sheet…", async () => {
      await next.run();
      return undefined;
    });
  };

  return (
    <div className={styles.root}>
      <Header />
      <main className={styles.main}>
        {outsideExcel && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Open this pane in Excel</MessageBarTitle>
              AIP Planner works on an Excel workbook. In Excel, choose Plan on the AIP tab.
            </MessageBarBody>
          </MessageBar>
        )}
        <TabList
          className={styles.tabs}
          size="small"
          selectedValue={page}
          disabled={action.busy}
          aria-label="What do you want to do?"
          onTabSelect={(_, d) => {
            setPage(d.value as PageId);
            action.clear();
          }}
        >
          {PAGES.map((p) => (
            <Tab key={p.id} value={p.id}>
              {p.label}
            </Tab>
          ))}
        </TabList>
        {action.busy && <Spinner size="small" label={action.busyLabel} />}
        {action.outcome && <OutcomeMessage outcome={action.outcome} busy={action.busy} onFollowUp={followUp} />}
        <Suspense fallback={<Spinner size="small" label="Opening the page…" />}>
          <Panel port={port} action={action} />
        </Suspense>
      </main>
    </div>
  );
}
