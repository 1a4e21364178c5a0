/**
 * A message inside a page (a read that failed, a cell that needs attention). Fluent's MessageBar
 * labels itself by its title's id; a note has no title, so that reference is dropped rather than
 * left pointing at an element that does not exist.
 */
import { MessageBar, MessageBarBody, type MessageBarProps } from "@fluentui/react-components";
import type { ReactNode } from "react";

export interface NoteProps {
  intent?: MessageBarProps["intent"];
  role?: string;
  children: ReactNode;
}

export function Note({ intent = "warning", role, children }: NoteProps) {
  return (
    <MessageBar intent={intent} layout="multiline" role={role} aria-labelledby={undefined}>
      <MessageBarBody>{children}</MessageBarBody>
    </MessageBar>
  );
}
