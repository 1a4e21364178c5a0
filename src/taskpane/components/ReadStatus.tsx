/** What a page that reads the workbook shows until the read arrives: a spinner, or why it failed. */
import { Spinner } from "@fluentui/react-components";
import { Note } from "./common/Note";
import type { SnapshotRead } from "../hooks/useSnapshot";

export function ReadStatus({ read }: { read: Pick<SnapshotRead, "snap" | "loadError"> }) {
  if (read.loadError) {
    return <Note>{read.loadError}</Note>;
  }
  return read.snap ? null : <Spinner size="tiny" label="Reading the workbook…" />;
}
