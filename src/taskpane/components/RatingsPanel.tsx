/**
 * "Ratings": the Plan Monitor rates every initiative for a QPR period, one at a time: the process
 * and performance ratings chosen from the state's scales (the definition of the level in focus
 * shown), evidence, who rated and when. Save writes that initiative's rating cells on its strategy
 * sheet. Then "Roll up to Summary" and "Build QPR view" build the sheets that read those cells, and
 * once a year "Build Summative report" gathers the year (ratings/SummativeButtons.tsx); "QPR as
 * Word" writes the QPR in the state's format.
 */
import { Button, Divider, Dropdown, Field, Option, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { localToday, qprPeriodOf, QPR_WINDOWS } from "../../domain/calendar";
import { qprView } from "../../commands/qprView";
import { isRated, ratingsIn, saveRating, type InitiativeRating, type RatingInput } from "../../commands/rate";
import { rollUp } from "../../commands/rollUp";
import { QPR_PERIODS, type QprPeriod } from "../../domain/plan";
import { SUMMARY_SHEET } from "../../layout/sheetNames";
import { NoPlanError } from "../../layout/read/readPlan";
import type { WorkbookSnapshot } from "../../workbook/port";
import { errorMessage, plainWords } from "../errorMessage";
import { useSnapshot } from "../hooks/useSnapshot";
import type { PanelProps } from "../pages";
import { planPresence, type PlanPresence } from "../planPresence";
import { NoPlan } from "./common/NoPlan";
import { Note } from "./common/Note";
import { InitiativeList, numberOf } from "./ratings/InitiativeList";
import { RatingCard } from "./ratings/RatingCard";
import { SummativeButtons } from "./ratings/SummativeButtons";
import { QprToWord } from "./word/QprToWord";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
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

interface RatingsRead {
  entries: InitiativeRating[];
  presence: PlanPresence;
  error?: string;
}

/** The ratings for a period once the workbook is read; a workbook without a plan is told apart from a failed read. */
function ratingsFor(snap: WorkbookSnapshot | undefined, loadError: string | undefined, period: QprPeriod): RatingsRead | undefined {
  if (loadError) return { entries: [], presence: "plan", error: loadError };
  if (!snap) return undefined;
  try {
    return { entries: ratingsIn(snap, period), presence: "plan" };
  } catch (error) {
    if (error instanceof NoPlanError) return { entries: [], presence: planPresence(snap) };
    return { entries: [], presence: "plan", error: errorMessage(error) };
  }
}

export function RatingsPanel({ port, action, goTo }: PanelProps) {
  const styles = useStyles();
  const today = localToday();
  const [period, setPeriod] = useState<QprPeriod>(() => qprPeriodOf(today));
  // The workbook as read when the page opened, on another period or a reload (a reply the page has moved past is never shown).
  const { snap, loadError, readAgain } = useSnapshot(port);
  const current = useMemo(() => ratingsFor(snap, loadError, period), [snap, loadError, period]);
  // Ratings saved since that read, per period and initiative: shown until the workbook is read again.
  const [saved, setSaved] = useState<Record<string, InitiativeRating>>({});
  const [index, setIndex] = useState(0);
  // Unsaved edits, per period and initiative; an initiative not edited yet shows its cells.
  const [drafts, setDrafts] = useState<Record<string, RatingInput>>({});
  const [lastRater, setLastRater] = useState("");
  const reread = () => {
    setSaved({});
    readAgain();
  };

  const entries = current?.entries.map((e) => saved[`${period}:${numberOf(e)}`] ?? e);
  const list = entries ?? [];
  const at = Math.min(index, Math.max(0, list.length - 1));
  const entry = list[at];
  const draftKey = entry ? `${period}:${numberOf(entry)}` : "";
  const draft = drafts[draftKey] ?? draftOf(entry, lastRater, today);

  if (current && current.presence !== "plan") return <NoPlan presence={current.presence} goTo={goTo} page="Ratings" />;

  const set = <K extends keyof RatingInput>(field: K, value: RatingInput[K]) => setDrafts((all) => ({ ...all, [draftKey]: { ...draft, [field]: value } }));

  const save = () =>
    action.run(
      "Saving the ratings…",
      async () => {
        if (!entry) return undefined;
        const saved = await saveRating(port, entry.ref, period, draft);
        setLastRater(draft.ratedBy);
        setDrafts((all) => {
          const rest = { ...all };
          delete rest[draftKey];
          return rest;
        });
        setSaved((all) => ({ ...all, [draftKey]: { ...entry, ...draft, rated: isRated(draft) } }));
        return {
          intent: "success",
          title: `Initiative ${numberOf(entry)} saved for ${period}`,
          message: `Written to its rating table on "${saved.sheet}". The Summary and QPR views follow by themselves.`,
          action: { label: "Go to its rating table", run: () => port.select(saved.sheet, saved.cells[0]?.split("!")[1] ?? "A1") },
        };
      },
      "The ratings were not saved",
    );

  const rollUpSummary = () =>
    action.run(
      "Rolling up to the Summary…",
      async () => {
        const r = await rollUp(port);
        const problems = r.problems.length > 0 ? ` ${r.problems.length} thing${r.problems.length === 1 ? "" : "s"} could not be read: ${plainWords(r.problems[0].message)}` : "";
        return {
          intent: r.problems.length > 0 ? "warning" : "success",
          title: "Summary updated",
          message: `The "${SUMMARY_SHEET}" sheet lists ${r.initiatives} initiative${r.initiatives === 1 ? "" : "s"} with their ratings by period; it stays live.${problems}`,
          ...(r.problems.length > 0 ? { details: r.problems.map((p) => p.message).join(" ") } : {}),
          action: { label: "Go to the Summary", run: () => port.select(SUMMARY_SHEET, "A1") },
        };
      },
      "The Summary was not updated",
    );

  const buildView = () =>
    action.run(
      "Building the QPR view…",
      async () => {
        const r = await qprView(port, { period });
        return {
          intent: "success",
          title: `QPR view for ${period} built`,
          message: `"${r.sheet}" lists ${r.initiatives} initiative${r.initiatives === 1 ? "" : "s"} with live ratings and evidence; type the narratives there.`,
          action: { label: "Go to the QPR view", run: () => port.select(r.sheet, "A1") },
        };
      },
      "The QPR view was not built",
    );

  const busy = action.busy;
  const noInitiatives = entries !== undefined && entries.length === 0;
  // The Summary, the QPR view and the Summative report each need at least one initiative.
  const sheetsDisabled = busy || noInitiatives;
  return (
    <section className={styles.panel} aria-label="Ratings">
      <Field label="QPR period" hint="Named by the month the QPR is published.">
        <Dropdown
          aria-label="QPR period"
          value={periodText(period)}
          selectedOptions={[period]}
          disabled={busy}
          onOptionSelect={(_, d) => {
            if (!d.optionValue || d.optionValue === period) return;
            setPeriod(d.optionValue as QprPeriod);
            reread();
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
      {current?.error && <Note>{current.error}</Note>}
      {entries && entries.length > 0 && (
        <>
          <InitiativeList entries={list} current={at} disabled={busy} onChoose={setIndex} />
          {entry && <RatingCard entry={entry} at={at} count={list.length} period={period} draft={draft} busy={busy} set={set} onSave={() => void save()} onMove={setIndex} />}
        </>
      )}
      {noInitiatives && !current?.error && <Text>This plan has no initiatives to rate yet: add one on the Add initiative page.</Text>}
      <Button
        size="small"
        appearance="subtle"
        disabled={busy}
        onClick={() => {
          setDrafts({});
          reread();
        }}
      >
        Reload ratings from the workbook
      </Button>

      <Divider />
      <Text>
        When the ratings are in: the Summary counts them by level and period, the QPR view is the sheet the monitor writes from, and the Word document is the QPR as the state
        publishes it.
      </Text>
      {noInitiatives && <Text size={200}>Roll up and the QPR view need at least one initiative.</Text>}
      <div className={styles.row}>
        <Button disabled={sheetsDisabled} onClick={() => void rollUpSummary()}>
          Roll up to Summary
        </Button>
        <Button disabled={sheetsDisabled} onClick={() => void buildView()}>
          Build QPR view
        </Button>
        <QprToWord port={port} action={action} period={period} disabled={noInitiatives} />
      </div>
      <Divider />
      <SummativeButtons port={port} action={action} disabled={sheetsDisabled} />
    </section>
  );
}
