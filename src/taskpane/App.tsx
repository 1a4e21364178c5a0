/** The task pane: "New plan" and "Add initiative", one action at a time, each ending in a message. */
import { MessageBar, MessageBarBody, MessageBarTitle, Spinner, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { WorkbookPort } from "../workbook/port";
import { AddInitiativePanel } from "./components/AddInitiativePanel";
import { Header } from "./components/Header";
import { NewPlanPanel } from "./components/NewPlanPanel";
import { OutcomeMessage } from "./components/OutcomeMessage";
import { useAction, type Outcome } from "./hooks/useAction";

const useStyles = makeStyles({
  root: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
  main: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalXXL}`,
  },
});

type Page = "new" | "add";

export interface AppProps {
  port: WorkbookPort;
  /** True when opened outside Excel (a plain browser): nothing can be built there. */
  outsideExcel?: boolean;
}

export function App({ port, outsideExcel = false }: AppProps) {
  const styles = useStyles();
  // The ribbon's Add initiative button opens taskpane.html#add-initiative.
  const [page, setPage] = useState<Page>(() => (window.location.hash === "#add-initiative" ? "add" : "new"));
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
          selectedValue={page}
          disabled={action.busy}
          aria-label="What do you want to do?"
          onTabSelect={(_, d) => {
            setPage(d.value as Page);
            action.clear();
          }}
        >
          <Tab value="new">New plan</Tab>
          <Tab value="add">Add initiative</Tab>
        </TabList>
        {action.busy && <Spinner size="small" label={action.busyLabel} />}
        {action.outcome && <OutcomeMessage outcome={action.outcome} busy={action.busy} onFollowUp={followUp} />}
        {page === "new" ? <NewPlanPanel port={port} action={action} /> : <AddInitiativePanel port={port} action={action} />}
      </main>
    </div>
  );
}
