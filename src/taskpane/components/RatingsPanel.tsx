/** Placeholder for ratings, roll-up and QPR view (issue 4); replaced by its own change. */
import type { PanelProps } from "../pages";

export function RatingsPanel(_props: PanelProps) {
  return <p>Coming soon.</p>;
}
