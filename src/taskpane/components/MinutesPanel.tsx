/** Placeholder for Highlight Discussion minutes (issue 5); replaced by its own change. */
import type { PanelProps } from "../pages";

export function MinutesPanel(_props: PanelProps) {
  return <p>Coming soon.</p>;
}
