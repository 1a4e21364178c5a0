/**
 * A page that needs a plan, on a workbook without one: one message and one button, to New plan.
 * When the add-in's sheets are there but their names were lost, the way back is Repair names on
 * the Check page instead.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { PageId } from "../../pageIds";
import type { PlanPresence } from "../../planPresence";

export interface NoPlanProps {
  presence: Exclude<PlanPresence, "plan">;
  goTo: (page: PageId) => void;
  /** The page's own words for what needs the plan, e.g. "Ratings". */
  page: string;
}

export function NoPlan({ presence, goTo, page }: NoPlanProps) {
  if (presence === "lostNames") {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>The plan cannot be read</MessageBarTitle>
          This workbook has the plan&apos;s sheets, but the add-in can no longer find its cells. Repair names on the Check page finds them again; no cell you typed changes.
        </MessageBarBody>
        <MessageBarActions>
          <Button size="small" appearance="primary" onClick={() => goTo("check")}>
            Go to Check
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>No plan in this workbook yet</MessageBarTitle>
        {page} works on a plan. Make one on the New plan page, or open the workbook that holds your plan.
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" appearance="primary" onClick={() => goTo("new")}>
          Go to New plan
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
