/** The pane's pages, in tab order (pageIds.ts has the URL hash that opens each). */
import type { ComponentType } from "react";
import type { WorkbookPort } from "../workbook/port";
import { AddInitiativePanel } from "./components/AddInitiativePanel";
import { CheckPanel } from "./components/CheckPanel";
import { MinutesPanel } from "./components/MinutesPanel";
import { NewPlanPanel } from "./components/NewPlanPanel";
import { RatingsPanel } from "./components/RatingsPanel";
import type { ActionState } from "./hooks/useAction";
import type { PageId } from "./pageIds";

export type { PageId } from "./pageIds";

export interface PanelProps {
  port: WorkbookPort;
  action: ActionState;
}

export interface Page {
  id: PageId;
  label: string;
  Panel: ComponentType<PanelProps>;
}

export const PAGES: readonly Page[] = [
  { id: "new", label: "New plan", Panel: NewPlanPanel },
  { id: "add", label: "Add initiative", Panel: AddInitiativePanel },
  { id: "check", label: "Check", Panel: CheckPanel },
  { id: "ratings", label: "Ratings", Panel: RatingsPanel },
  { id: "minutes", label: "Minutes", Panel: MinutesPanel },
];
