/**
 * "Ratings": the Plan Monitor rates every initiative for a QPR period, one at a time: the process
 * and performance ratings chosen from the state's scales with each level's definition in view,
 * evidence, who rated and when. Save writes that initiative's rating cells on its strategy sheet.
 * Then "Roll up to Summary" and "Build QPR view" build the sheets that read those cells.
 */
import { Button, Divider, Dropdown, Field, Input, MessageBar, MessageBarBody, Option, Spinner, Subtitle2, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { localToday, qprPeriodOf, QPR_WINDOWS } from "../../domain/calendar";
import { qprView } from "../../commands/qprView";
import { isRated, readRatings, saveRating, type InitiativeRating, type RatingInput } from "../../commands/rate";
import { rollUp } from "../../commands/rollUp";
import { QPR_PERIODS, type QprPeriod } from "../../domain/plan";
import { PERFORMANCE_SCALE, PROCESS_SCALE } from "../../domain/scales";
import { SUMMARY_SHEET } from "../../layout/sheetNames";
import { errorMessage } from "../errorMessage";
import type { PanelProps } from "../pages";
import { InitiativeList, numberOf } from "./ratings/InitiativeList";
import { ScaleChoice } from "./ratings/ScaleChoice";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

function periodText(p: QprPeriod): string {
  return `${p}: published ${QPR_WINDOWS[p].label}, covers ${QPR_WINDOWS[p].covers}`;
}

function draftOf(entry: InitiativeRating | undefined, lastRater: string, today: string): RatingInput {
  return {
    process: entry?.process ?? "",
    processEvidence: entry?.processEvidence ?? "",
    performance: entry?.performance ?? "",
    performanceEvidence: entry?.performanceEvidence ?? "",
    ratedBy: entry?.ratedBy || lastRater,
    ratedOn: entry?.ratedOn && /^\d{4}-\d{2}-\d{2}$/.test(entry.ratedOn) ? entry.ratedOn : today,
  };
}

export function RatingsPanel({ port, action }: PanelProps) {
  const styles = useStyles();
  const today = localToday();
  const [period, setPeriod] = useState<QprPeriod>(() => qprPeriodOf(today));
  // What was read, and for which period and reload: a reply for a period the person has left is never shown.
  const [loaded, setLoaded] = useState<{ key: string; entries: InitiativeRating[]; error?: string }>();
  const [index, setIndex] = useState(0);
  // Unsaved edits, per period and initiative; an initiative not edited yet shows its cells.
  const [drafts, setDrafts] = useState<Record<string, RatingInput>>({});
  const [lastRater, setLastRater] = useState("");
  const [generation, setGeneration] = useState(0);
  const loadKey = `${period}:${generation}`;

  useEffect(() => {
    let live = true;
    readRatings(port, period).then(
      (read) => {
        if (live) setLoaded({ key: loadKey, entries: read });
      },
      (error: unknown) => {
        if (live) setLoaded({ key: loadKey, entries: [], error: errorMessage(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [port, period, loadKey]);

  const current = loaded?.key === loadKey ? loaded : undefined;
  const entries = current?.entries;
  const loadError = current?.error;
  const list = entries ?? [];
  const at = Math.min(index, Math.max(0, list.length - 1));
  const entry = list[at];
  const draftKey = entry ? `${period}:${numberOf(entry)}` : "";
  const draft = drafts[draftKey] ?? draftOf(entry, lastRater, today);
  const setEntries = (next: InitiativeRating[]) => setLoaded({ key: loadKey, entries: next });

  const set = <K extends keyof RatingInput>(field: K, value: RatingInput[K]) => setDrafts((all) => ({ ...all, [draftKey]: { ...draft, [field]: value } }));

  const save = () =>
    action.run("Saving the ratings…", async () => {
      if (!entry) return undefined;
      const saved = await saveRating(port, entry.ref, period, draft);
      setLastRater(draft.ratedBy);
      setDrafts((all) => {
        const rest = { ...all };
        delete rest[draftKey];
        return rest;
      });
      setEntries(list.map((e, k) => (k === at ? { ...e, ...draft, rated: isRated(draft) } : e)));
      return {
        intent: "success",
        title: `Initiative ${numberOf(entry)} saved for ${period}`,
        message: `Written to its rating table on "${saved.sheet}". The Summary and QPR views follow by themselves.`,
        action: { label: "Go to its rating table", run: () => port.select(saved.sheet, saved.cells[0]?.split("!")[1] ?? "A1") },
      };
    });

  const rollUpSummary = () =>
    action.run("Rolling up to the Summary…", async () => {
      const r = await rollUp(port);
      const problems = r.problems.length > 0 ? ` ${r.problems.length} thing${r.problems.length === 1 ? "" : "s"} could not be read: ${r.problems[0].message}` : "";
      return {
        intent: r.problems.length > 0 ? "warning" : "success",
        title: "Summary updated",
        message: `The "${SUMMARY_SHEET}" sheet lists ${r.initiatives} initiative${r.initiatives === 1 ? "" : "s"} with their ratings by period; it stays live.${problems}`,
        action: { label: "Go to the Summary", run: () => port.select(SUMMARY_SHEET, "A1") },
      };
    });

  const buildView = () =>
    action.run("Building the QPR view…", async () => {
      const r = await qprView(port, { period });
      return {
        intent: "success",
        title: `QPR view for ${period} built`,
        message: `"${r.sheet}" lists ${r.initiatives} initiative${r.initiatives === 1 ? "" : "s"} with live ratings and evidence; type the narratives there.`,
        action: { label: "Go to the QPR view", run: () => port.select(r.sheet, "A1") },
      };
    });

  const busy = action.busy;
  return (
    <section className={styles.panel} aria-label="Ratings">
      <Field label="QPR period" hint="Named by the month the QPR is published.">
        <Dropdown
          aria-label="QPR period"
          value={periodText(period)}
          selectedOptions={[period]}
          disabled={busy}
          onOptionSelect={(_, d) => {
            if (d.optionValue) setPeriod(d.optionValue as QprPeriod);
          }}
        >
          {QPR_PERIODS.map((p) => (
            <Option key={p} value={p} text={periodText(p)}>
              {periodText(p)}
            </Option>
          ))}
        </Dropdown>
      </Field>

      {!entries && <Spinner size="tiny" label="Reading the ratings…" />}
      {loadError && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{loadError}</MessageBarBody>
        </MessageBar>
      )}
      {entries && entries.length > 0 && (
        <>
          <InitiativeList entries={list} current={at} disabled={busy} onChoose={setIndex} />
          {entry && (
            <div className={styles.card} role="group" aria-label={`Initiative ${numberOf(entry)}`}>
              <div>
                <Subtitle2 as="h3">
                  Initiative {numberOf(entry)} ({at + 1} of {list.length})
                </Subtitle2>
                <Text block>{entry.description.trim() || "(no description yet)"}</Text>
                {entry.lead.trim() && <Text block size={200}>Lead: {entry.lead}</Text>}
              </div>
              {!entry.writable && (
                <MessageBar intent="warning" layout="multiline">
                  <MessageBarBody>This initiative&apos;s rating cells for {period} cannot be found; restore its strategy sheet&apos;s rating table to save here.</MessageBarBody>
                </MessageBar>
              )}
              <ScaleChoice label="Process rating" scale={PROCESS_SCALE} value={draft.process} disabled={busy} onChange={(v) => set("process", v)} />
              <Field label="Process evidence">
                <Textarea value={draft.processEvidence} disabled={busy} resize="vertical" onChange={(_, d) => set("processEvidence", d.value)} />
              </Field>
              <ScaleChoice label="Performance rating" scale={PERFORMANCE_SCALE} value={draft.performance} disabled={busy} onChange={(v) => set("performance", v)} />
              <Field label="Performance evidence">
                <Textarea value={draft.performanceEvidence} disabled={busy} resize="vertical" onChange={(_, d) => set("performanceEvidence", d.value)} />
              </Field>
              <div className={styles.row}>
                <Field label="Rated by">
                  <Input value={draft.ratedBy} disabled={busy} onChange={(_, d) => set("ratedBy", d.value)} />
                </Field>
                <Field label="Date rated">
                  <Input type="date" value={draft.ratedOn} disabled={busy} onChange={(_, d) => set("ratedOn", d.value)} />
                </Field>
              </div>
              <div className={styles.row}>
                <Button appearance="primary" disabled={busy || !entry.writable} onClick={() => void save()}>
                  Save ratings
                </Button>
                <Button disabled={busy || at === 0} onClick={() => setIndex(at - 1)}>
                  Previous
                </Button>
                <Button disabled={busy || at >= list.length - 1} onClick={() => setIndex(at + 1)}>
                  Next
                </Button>
              </div>
            </div>
          )}
        </>
      )}
      {entries && entries.length === 0 && !loadError && <Text>This plan has no initiatives to rate yet.</Text>}
      <Button size="small" appearance="subtle" disabled={busy} onClick={() => {
          setDrafts({});
          setGeneration((g) => g + 1);
        }}>
        Reload ratings from the workbook
      </Button>

      <Divider />
      <Text>When the ratings are in: the Summary counts them by level and period, and the QPR view is the sheet the monitor writes from.</Text>
      <div className={styles.row}>
        <Button disabled={busy} onClick={() => void rollUpSummary()}>
          Roll up to Summary
        </Button>
        <Button disabled={busy} onClick={() => void buildView()}>
          Build QPR view
        </Button>
      </div>
    </section>
  );
}
