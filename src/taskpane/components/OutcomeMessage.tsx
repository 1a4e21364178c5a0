/** The result of the last action: what was made, or what to fix. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Outcome } from "../hooks/useAction";

export interface OutcomeMessageProps {
  outcome: Outcome;
  busy: boolean;
  onFollowUp: (outcome: Outcome) => void;
}

export function OutcomeMessage({ outcome, busy, onFollowUp }: OutcomeMessageProps) {
  return (
    <MessageBar intent={outcome.intent} layout="multiline" role={outcome.intent === "error" ? "alert" : "status"}>
      <MessageBarBody>
        <MessageBarTitle>{outcome.title}</MessageBarTitle>
        {outcome.message}
      </MessageBarBody>
      {outcome.action && (
        <MessageBarActions>
          <Button size="small" disabled={busy} onClick={() => onFollowUp(outcome)}>
            {outcome.action.label}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
