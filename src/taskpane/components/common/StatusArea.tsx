/**
 * Where the outcome of every action appears: a strip that stays at the bottom of the pane, in view
 * however far the page is scrolled. A new outcome takes the focus (so keyboard and screen reader
 * users land on it) and is announced through a live region; Dismiss hands the focus back.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { ShownOutcome } from "../../hooks/useAction";
import { Details } from "./Details";
import { useVisuallyHiddenClass } from "./VisuallyHidden";

const useStyles = makeStyles({
  area: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `0 ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow8,
    // Never more than half the pane: a long message scrolls inside the strip.
    maxHeight: "50vh",
    overflowY: "auto",
  },
  filled: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}` },
  message: { ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" } },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface StatusAreaProps {
  busyLabel: string;
  outcome?: ShownOutcome;
  onFollowUp: (outcome: ShownOutcome) => void;
  onNewPlan: () => void;
  onDismiss: () => void;
}

/** The words a screen reader hears for an outcome. */
function spoken(o: ShownOutcome): string {
  return `${o.title}. ${o.message}`;
}

export function StatusArea({ busyLabel, outcome, onFollowUp, onNewPlan, onDismiss }: StatusAreaProps) {
  const styles = useStyles();
  const hidden = useVisuallyHiddenClass();
  const messageRef = useRef<HTMLDivElement>(null);
  const areaRef = useRef<HTMLDivElement>(null);
  const [announced, setAnnounced] = useState({ polite: "", assertive: "" });
  const busy = busyLabel !== "";

  useEffect(() => {
    if (!outcome) return;
    messageRef.current?.focus();
    // Emptied first, so the same words twice in a row are announced twice.
    setAnnounced({ polite: "", assertive: "" });
    const text = spoken(outcome);
    const timer = window.setTimeout(() => setAnnounced(outcome.intent === "error" ? { polite: "", assertive: text } : { polite: text, assertive: "" }), 50);
    return () => window.clearTimeout(timer);
  }, [outcome]);

  // Its height, for what else stays in view at the bottom (the Rate panel's buttons sit above it).
  useEffect(() => {
    const area = areaRef.current;
    if (!area || typeof ResizeObserver === "undefined") return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => root.style.setProperty("--aip-status-height", `${area.offsetHeight}px`));
    observer.observe(area);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (busy) setAnnounced({ polite: busyLabel, assertive: "" });
  }, [busy, busyLabel]);

  const shown = busy || outcome;
  return (
    <div ref={areaRef} className={`${styles.area} ${shown ? styles.filled : ""}`} role="region" aria-label="Result">
      <div className={hidden} role="status" aria-live="polite">
        {announced.polite}
      </div>
      <div className={hidden} role="alert" aria-live="assertive">
        {announced.assertive}
      </div>
      {busy && <Spinner size="small" label={busyLabel} />}
      {outcome && !busy && (
        <MessageBar key={outcome.seq} ref={messageRef} tabIndex={-1} className={styles.message} intent={outcome.intent} layout="multiline" data-testid="outcome">
          <MessageBarBody>
            <MessageBarTitle>{outcome.title}</MessageBarTitle>
            {outcome.message}
            {outcome.details && <Details>{outcome.details}</Details>}
          </MessageBarBody>
          <MessageBarActions>
            <div className={styles.actions}>
              {outcome.noPlan && (
                <Button size="small" appearance="primary" onClick={onNewPlan}>
                  Go to New plan
                </Button>
              )}
              {outcome.action && (
                <Button size="small" onClick={() => onFollowUp(outcome)}>
                  {outcome.action.label}
                </Button>
              )}
              <Button size="small" appearance="subtle" onClick={onDismiss}>
                Dismiss
              </Button>
            </div>
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}
