/**
 * Runs one pane action at a time: while it runs the pane is busy (buttons disabled), and whatever
 * happens ends in an outcome to show, never a blank pane or an unhandled rejection. Each outcome
 * gets a new `seq`, so the status area can move focus to it and announce it even when the words
 * are the same as last time.
 */
import { useCallback, useRef, useState } from "react";
import { isExpectedError, plainError } from "../errorMessage";

export interface Outcome {
  intent: "success" | "error" | "warning" | "info";
  title: string;
  message: string;
  /** Technical words (names, codes), shown only behind "Details". */
  details?: string;
  /** An optional follow-up, e.g. "Go to the Plan sheet". */
  action?: { label: string; run: () => Promise<void> };
  /** The workbook has no plan: offer the New plan page. */
  noPlan?: boolean;
}

export interface ShownOutcome extends Outcome {
  seq: number;
}

export interface ActionState {
  busy: boolean;
  /** What the busy action is doing, for the spinner's label. */
  busyLabel: string;
  outcome?: ShownOutcome;
  /**
   * Runs `action`; its outcome (or the error it threw, in plain words) is shown. `failTitle` says
   * what did not happen, e.g. "The initiative was not added".
   */
  run: (label: string, action: () => Promise<Outcome | undefined>, failTitle?: string) => Promise<void>;
  clear: () => void;
}

let seq = 0;

export function useAction(): ActionState {
  const [busyLabel, setBusyLabel] = useState("");
  const [outcome, setOutcome] = useState<ShownOutcome>();
  const running = useRef(false);

  const run = useCallback(async (label: string, action: () => Promise<Outcome | undefined>, failTitle = "That did not work") => {
    if (running.current) return; // a second click while busy does nothing
    running.current = true;
    setBusyLabel(label);
    setOutcome(undefined);
    try {
      const result = await action();
      setOutcome(result && { ...result, seq: ++seq });
    } catch (error) {
      if (!isExpectedError(error)) console.error(error);
      const plain = plainError(error);
      setOutcome({
        intent: "error",
        title: plain.noPlan ? "No plan in this workbook" : failTitle,
        message: plain.message,
        details: plain.details,
        noPlan: plain.noPlan,
        seq: ++seq,
      });
    } finally {
      running.current = false;
      setBusyLabel("");
    }
  }, []);

  const clear = useCallback(() => setOutcome(undefined), []);
  return { busy: busyLabel !== "", busyLabel, outcome, run, clear };
}
