/** Placeholder for the checker's findings (issue 3); replaced by its own change. */
import type { PanelProps } from "../pages";

export function CheckPanel(_props: PanelProps) {
  return <p>Coming soon.</p>;
}
