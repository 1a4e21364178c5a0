/**
 * The technical words behind a plain message (defined names, Office codes, rule ids), closed
 * until asked for: a native <details>, so keyboard and screen readers know it as a toggle.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  details: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  summary: {
    cursor: "pointer",
    width: "fit-content",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px", borderRadius: tokens.borderRadiusSmall },
  },
});

export function Details({ label = "Details", children }: { label?: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <details className={styles.details}>
      <summary className={styles.summary}>{label}</summary>
      {children}
    </details>
  );
}
