/**
 * Runs one pane action at a time: while it runs the pane is busy (buttons disabled), and whatever
 * happens ends in an outcome to show, never a blank pane or an unhandled rejection.
 */
import { useCallback, useRef, useState } from "react";
import { errorMessage, isExpectedError } from "../errorMessage";

export interface Outcome {
  intent: "success" | "error" | "warning" | "info";
  title: string;
  message: string;
  /** An optional follow-up, e.g. "Go to the Plan sheet". */
  action?: { label: string; run: () => Promise<void> };
}

export interface ActionState {
  busy: boolean;
  /** What the busy action is doing, for the spinner's label. */
  busyLabel: string;
  outcome?: Outcome;
  run: (label: string, action: () => Promise<Outcome | undefined>) => Promise<void>;
  clear: () => void;
}

export function useAction(): ActionState {
  const [busyLabel, setBusyLabel] = useState("");
  const [outcome, setOutcome] = useState<Outcome>();
  const running = useRef(false);

  const run = useCallback(async (label: string, action: () => Promise<Outcome | undefined>) => {
    if (running.current) return; // a second click while busy does nothing
    running.current = true;
    setBusyLabel(label);
    setOutcome(undefined);
    try {
      setOutcome(await action());
    } catch (error) {
      if (!isExpectedError(error)) console.error(error);
      setOutcome({ intent: "error", title: isExpectedError(error) ? "Please check" : "Error", message: errorMessage(error) });
    } finally {
      running.current = false;
      setBusyLabel("");
    }
  }, []);

  const clear = useCallback(() => setOutcome(undefined), []);
  return { busy: busyLabel !== "", busyLabel, outcome, run, clear };
}
