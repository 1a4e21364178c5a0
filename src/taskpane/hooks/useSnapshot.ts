/**
 * A page's read of the workbook: one snapshot when the page opens, again on request (after the
 * person changed cells the page shows). A reply for a page that moved on is dropped.
 */
import { useCallback, useEffect, useState } from "react";
import type { WorkbookPort, WorkbookSnapshot } from "../../workbook/port";
import { errorMessage } from "../errorMessage";

export interface SnapshotRead {
  snap?: WorkbookSnapshot;
  loadError?: string;
  /** Read the workbook again; `keepShown` leaves the last read on screen until the new one arrives. */
  readAgain(options?: { keepShown?: boolean }): void;
}

export function useSnapshot(port: WorkbookPort): SnapshotRead {
  const [snap, setSnap] = useState<WorkbookSnapshot>();
  const [loadError, setLoadError] = useState<string>();
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let live = true;
    port.snapshot().then(
      (s) => live && (setSnap(s), setLoadError(undefined)),
      (e) => live && setLoadError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [port, generation]);

  const readAgain = useCallback((options: { keepShown?: boolean } = {}) => {
    if (!options.keepShown) setSnap(undefined);
    setGeneration((g) => g + 1);
  }, []);
  return { snap, loadError, readAgain };
}
