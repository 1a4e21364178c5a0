/** What a page that reads the workbook shows until the read arrives: a spinner, or why it failed. */
import { MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import type { SnapshotRead } from "../hooks/useSnapshot";

export function ReadStatus({ read }: { read: Pick<SnapshotRead, "snap" | "loadError"> }) {
  if (read.loadError) {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{read.loadError}</MessageBarBody>
      </MessageBar>
    );
  }
  return read.snap ? null : <Spinner size="tiny" label="Reading the workbook…" />;
}
