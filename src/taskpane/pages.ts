/** The pane's pages, in tab order, and the URL hash each ribbon button opens. */
import type { ComponentType } from "react";
import type { WorkbookPort } from "../workbook/port";
import { AddInitiativePanel } from "./components/AddInitiativePanel";
import { CheckPanel } from "./components/CheckPanel";
import { MinutesPanel } from "./components/MinutesPanel";
import { NewPlanPanel } from "./components/NewPlanPanel";
import { RatingsPanel } from "./components/RatingsPanel";
import type { ActionState } from "./hooks/useAction";

export interface PanelProps {
  port: WorkbookPort;
  action: ActionState;
}

export type PageId = "new" | "add" | "check" | "ratings" | "minutes";

export interface Page {
  id: PageId;
  label: string;
  /** taskpane.html#hash opens the pane on this page. */
  hash: string;
  Panel: ComponentType<PanelProps>;
}

export const PAGES: readonly Page[] = [
  { id: "new", label: "New plan", hash: "#new-plan", Panel: NewPlanPanel },
  { id: "add", label: "Add initiative", hash: "#add-initiative", Panel: AddInitiativePanel },
  { id: "check", label: "Check", hash: "#check", Panel: CheckPanel },
  { id: "ratings", label: "Ratings", hash: "#ratings", Panel: RatingsPanel },
  { id: "minutes", label: "Minutes", hash: "#minutes", Panel: MinutesPanel },
];

export function pageFromHash(hash: string): PageId {
  return PAGES.find((p) => p.hash === hash)?.id ?? "new";
}
