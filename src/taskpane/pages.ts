/** The pane's pages, in tab order (pageIds.ts has the URL hash that opens each). */
import { lazy, type ComponentType } from "react";
import type { WorkbookPort } from "../workbook/port";
import { NewPlanPanel } from "./components/NewPlanPanel";
import type { ActionState } from "./hooks/useAction";
import type { PageId } from "./pageIds";

export type { PageId } from "./pageIds";

export interface PanelProps {
  port: WorkbookPort;
  action: ActionState;
  /** Opens another page (e.g. New plan from a page that needs a plan). */
  goTo: (page: PageId) => void;
}

export interface Page {
  id: PageId;
  label: string;
  Panel: ComponentType<PanelProps>;
}

// Every page but New plan loads when first opened, so the pane's first load holds only the first page
// (docs/task-pane.md "Start").
const AddInitiativePanel = lazy(() => import(/* webpackChunkName: "page-add" */ "./components/AddInitiativePanel").then((m) => ({ default: m.AddInitiativePanel })));
const CheckPanel = lazy(() => import(/* webpackChunkName: "page-check" */ "./components/CheckPanel").then((m) => ({ default: m.CheckPanel })));
const RatingsPanel = lazy(() => import(/* webpackChunkName: "page-ratings" */ "./components/RatingsPanel").then((m) => ({ default: m.RatingsPanel })));
const MinutesPanel = lazy(() => import(/* webpackChunkName: "page-minutes" */ "./components/MinutesPanel").then((m) => ({ default: m.MinutesPanel })));
const AssessPanel = lazy(() => import(/* webpackChunkName: "page-assess" */ "./components/AssessPanel").then((m) => ({ default: m.AssessPanel })));

export const PAGES: readonly Page[] = [
  { id: "new", label: "New plan", Panel: NewPlanPanel },
  { id: "add", label: "Add initiative", Panel: AddInitiativePanel },
  { id: "check", label: "Check", Panel: CheckPanel },
  { id: "ratings", label: "Ratings", Panel: RatingsPanel },
  { id: "minutes", label: "Minutes", Panel: MinutesPanel },
  { id: "assess", label: "Self-assessment", Panel: AssessPanel },
];
