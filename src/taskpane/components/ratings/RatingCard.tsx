/**
 * One initiative's ratings for a period. Its Save, Previous and Next stay in view at the bottom of
 * the pane while the card is on screen (above the status area); moving to another initiative puts
 * the person at the top of the card, on its heading.
 */
import { Button, Field, Input, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { InitiativeRating, RatingInput } from "../../../commands/rate";
import type { QprPeriod } from "../../../domain/plan";
import { PERFORMANCE_SCALE, PROCESS_SCALE } from "../../../domain/scales";
import { Note } from "../common/Note";
import { numberOf } from "./InitiativeList";
import { ScaleChoice } from "./ScaleChoice";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS} 0`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    // The heading lands below nothing when scrolled to.
    scrollMarginTop: tokens.spacingVerticalS,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  grow: { flex: "1 1 120px", minWidth: 0 },
  // A date input is as wide as its "mm/dd/yyyy" and picker button unless told it may shrink (270 px panes).
  input: { width: "100%", minWidth: 0 },
  inner: { minWidth: 0, width: "100%" },
  bar: {
    position: "sticky",
    // Above the status area (App sets --aip-status-height to its height).
    bottom: "var(--aip-status-height, 0px)",
    display: "grid",
    gridTemplateColumns: "1fr auto auto",
    gap: tokens.spacingHorizontalXS,
    margin: `0 calc(-1 * ${tokens.spacingHorizontalS})`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: `0 0 ${tokens.borderRadiusMedium} ${tokens.borderRadiusMedium}`,
  },
  barButton: { minWidth: 0 },
});

export interface RatingCardProps {
  entry: InitiativeRating;
  at: number;
  count: number;
  period: QprPeriod;
  draft: RatingInput;
  busy: boolean;
  set: <K extends keyof RatingInput>(field: K, value: RatingInput[K]) => void;
  onSave: () => void;
  onMove: (index: number) => void;
}

export function RatingCard({ entry, at, count, period, draft, busy, set, onSave, onMove }: RatingCardProps) {
  const styles = useStyles();
  const cardRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const number = numberOf(entry);

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    cardRef.current?.scrollIntoView({ block: "start" });
    headingRef.current?.focus({ preventScroll: true });
  }, [number]);

  const move = (index: number) => {
    moved.current = true;
    onMove(index);
  };

  return (
    <div ref={cardRef} className={styles.card} role="group" aria-label={`Initiative ${number}`}>
      <div>
        <h2 ref={headingRef} tabIndex={-1} className={styles.heading}>
          Initiative {number} ({at + 1} of {count})
        </h2>
        <Text block>{entry.description.trim() || "(no description yet)"}</Text>
        {entry.lead.trim() && (
          <Text block size={200}>
            Lead: {entry.lead}
          </Text>
        )}
      </div>
      {!entry.writable && <Note>This initiative&apos;s rating table for {period} cannot be found on its sheet; restore the table to save here.</Note>}
      <ScaleChoice label="Process rating" scale={PROCESS_SCALE} value={draft.process} disabled={busy} onChange={(v) => set("process", v)} />
      <Field label="Process evidence">
        <Textarea value={draft.processEvidence} disabled={busy} resize="vertical" onChange={(_, d) => set("processEvidence", d.value)} />
      </Field>
      <ScaleChoice label="Performance rating" scale={PERFORMANCE_SCALE} value={draft.performance} disabled={busy} onChange={(v) => set("performance", v)} />
      <Field label="Performance evidence">
        <Textarea value={draft.performanceEvidence} disabled={busy} resize="vertical" onChange={(_, d) => set("performanceEvidence", d.value)} />
      </Field>
      <div className={styles.row}>
        <Field label="Rated by" className={styles.grow}>
          <Input className={styles.input} input={{ className: styles.inner }} value={draft.ratedBy} disabled={busy} onChange={(_, d) => set("ratedBy", d.value)} />
        </Field>
        <Field label="Date rated" className={styles.grow}>
          <Input className={styles.input} input={{ className: styles.inner }} type="date" value={draft.ratedOn} disabled={busy} onChange={(_, d) => set("ratedOn", d.value)} />
        </Field>
      </div>
      <div className={styles.bar} role="group" aria-label="Save, or move to another one">
        <Button className={styles.barButton} size="small" appearance="primary" disabled={busy || !entry.writable} onClick={onSave}>
          Save ratings
        </Button>
        <Button className={styles.barButton} size="small" disabled={busy || at === 0} onClick={() => move(at - 1)}>
          Previous
        </Button>
        <Button className={styles.barButton} size="small" disabled={busy || at >= count - 1} onClick={() => move(at + 1)}>
          Next
        </Button>
      </div>
    </div>
  );
}
