/** Text for screen readers only (a page's heading, a live region), out of sight but not display:none. */
import { makeStyles } from "@fluentui/react-components";
import type { HTMLAttributes } from "react";

const useStyles = makeStyles({
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
});

export function useVisuallyHiddenClass(): string {
  return useStyles().hidden;
}

export function VisuallyHidden(props: HTMLAttributes<HTMLSpanElement>) {
  return <span {...props} className={useStyles().hidden} />;
}
